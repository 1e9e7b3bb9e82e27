import { addDays } from '../calendar/calendar-date';
import { isSameOrLaterRegime, LEGAL_REGIMES, REGIMES, regimeInForceOn, type LegalRegime } from '../legal/legal-regime';
import type { FieldProblem } from '../shared/domain-error';
import { compareIsoDates, isIsoDate, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import {
  COOPERATIVE_KIND_LABELS,
  COOPERATIVE_KINDS,
  SECTOR_LABELS,
  SECTORS,
  type CooperativeKind,
  type Sector,
} from './cooperative';
import type { RegistrationDetails } from './cooperative.commands';
import { isEmailAddress, type OperatingFact } from './facts';
import { checkRegistration, normalizeRegistration } from './registration.rules';

/** The columns of a cooperative registry export, by their English ids. */
export const REGISTRY_IMPORT_COLUMNS = [
  'registrationCode',
  'name',
  'kind',
  'sector',
  'territoryCode',
  'regime',
  'registeredOn',
  'memberCount',
  'lastReportYear',
  'lastReportFiledOn',
  'lastGeneralMeetingOn',
  'lastActivityOn',
  'suspendedFrom',
  'suspendedUntil',
  'noticeEmail',
  'convertedOn',
] as const;
export type RegistryImportColumn = (typeof REGISTRY_IMPORT_COLUMNS)[number];

/** The Vietnamese headers each column is also known by (matched ignoring case, diacritics and extra spaces). */
export const REGISTRY_IMPORT_HEADER_ALIASES: Readonly<Record<RegistryImportColumn, readonly string[]>> = {
  registrationCode: ['Mã số HTX', 'Mã số đăng ký'],
  name: ['Tên HTX', 'Tên hợp tác xã'],
  kind: ['Loại hình'],
  sector: ['Lĩnh vực'],
  territoryCode: ['Mã địa bàn'],
  regime: ['Luật áp dụng'],
  registeredOn: ['Ngày đăng ký'],
  memberCount: ['Số thành viên'],
  lastReportYear: ['Năm báo cáo gần nhất'],
  lastReportFiledOn: ['Ngày nộp báo cáo'],
  lastGeneralMeetingOn: ['Ngày đại hội gần nhất'],
  lastActivityOn: ['Ngày hoạt động gần nhất'],
  suspendedFrom: ['Tạm ngừng từ'],
  suspendedUntil: ['Tạm ngừng đến'],
  noticeEmail: ['Thư điện tử', 'Email', 'E-mail'],
  convertedOn: ['Ngày chuyển đổi'],
};

export type ImportedFact = { readonly factId: string; readonly fact: OperatingFact };
export type ImportRow = {
  readonly row: number;
  readonly details: RegistrationDetails;
  readonly facts: readonly ImportedFact[];
};
/** Rows that say nothing of reports: the reports due before the import stay unknown, not chased (`isReportUnknown`). */
export const countWithoutReports = (rows: readonly ImportRow[]) =>
  rows.filter((row) => !row.facts.some(({ fact }) => fact.kind === 'annual-report')).length;

export type ImportRowError = {
  readonly row: number;
  readonly registrationCode: string | null;
  readonly problems: readonly FieldProblem[];
};
export type ParsedRegistry = {
  readonly rows: readonly ImportRow[];
  readonly errors: readonly ImportRowError[];
  readonly headerProblems: readonly FieldProblem[];
};

const REQUIRED_COLUMNS: readonly RegistryImportColumn[] = [
  'registrationCode',
  'name',
  'kind',
  'sector',
  'territoryCode',
  'regime',
  'registeredOn',
  'memberCount',
];

/** Lowercase, without diacritics (đ → d) and with single spaces: how headers and labels are compared. */
function fold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/\s+/g, ' ').trim();
}

const HEADER_LOOKUP: ReadonlyMap<string, RegistryImportColumn> = new Map(
  REGISTRY_IMPORT_COLUMNS.flatMap((column) => [
    [fold(column), column] as const,
    ...REGISTRY_IMPORT_HEADER_ALIASES[column].map((alias) => [fold(alias), column] as const),
  ]),
);

const KIND_LOOKUP: ReadonlyMap<string, CooperativeKind> = new Map(
  COOPERATIVE_KINDS.flatMap((kind) => [
    [fold(kind), kind] as const,
    [fold(COOPERATIVE_KIND_LABELS[kind].vi), kind] as const,
    [fold(COOPERATIVE_KIND_LABELS[kind].en), kind] as const,
  ]),
);

const SECTOR_LOOKUP: ReadonlyMap<string, Sector> = new Map(
  SECTORS.flatMap((sector) => [[fold(sector), sector] as const, [fold(SECTOR_LABELS[sector].vi), sector] as const]),
);

const REGIME_LOOKUP: ReadonlyMap<string, LegalRegime> = new Map(
  LEGAL_REGIMES.flatMap((regime) => [[regime, regime] as const, [regime.slice('law-'.length), regime] as const]),
);

const problem = (field: string, reason: LocalizedText, fix?: LocalizedText): FieldProblem =>
  fix ? { field, reason, fix } : { field, reason };

/** The header to add for a column: its Vietnamese name (the export's own), or its id. */
function headerHint(column: RegistryImportColumn): string {
  return `"${REGISTRY_IMPORT_HEADER_ALIASES[column][0]}" / "${column}"`;
}

type HeaderMap = Partial<Record<RegistryImportColumn, number>>;

function readHeader(header: readonly string[]): { columns: HeaderMap; problems: FieldProblem[] } {
  const columns: HeaderMap = {};
  const problems: FieldProblem[] = [];
  header.forEach((cell, index) => {
    const column = HEADER_LOOKUP.get(fold(cell));
    if (column === undefined) return; // Unknown columns are ignored.
    const first = columns[column];
    if (first !== undefined) {
      problems.push(
        problem(
          column,
          text(
            `Cột "${cell.trim()}" (cột ${index + 1}) trùng với cột "${header[first].trim()}" (cột ${first + 1}).`,
            `The column "${cell.trim()}" (column ${index + 1}) repeats "${header[first].trim()}" (column ${first + 1}).`,
          ),
          text('Giữ lại một cột và xóa cột còn lại.', 'Keep one of the two columns and delete the other.'),
        ),
      );
      return;
    }
    columns[column] = index;
  });
  for (const column of REQUIRED_COLUMNS) {
    if (columns[column] === undefined) {
      problems.push(
        problem(
          column,
          text(`Thiếu cột bắt buộc ${headerHint(column)}.`, `The required column ${headerHint(column)} is missing.`),
          text(
            `Thêm cột có tiêu đề "${REGISTRY_IMPORT_HEADER_ALIASES[column][0]}" (hoặc "${column}") vào dòng đầu tiên.`,
            `Add a column headed "${column}" (or "${REGISTRY_IMPORT_HEADER_ALIASES[column][0]}") to the first line.`,
          ),
        ),
      );
    }
  }
  return { columns, problems };
}

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const VIETNAMESE_DATE_SHAPE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DATE_FIX = text(
  'Ghi ngày theo dạng dd/mm/yyyy (ví dụ 20/03/2015) hoặc YYYY-MM-DD (ví dụ 2015-03-20).',
  'Write the date as dd/mm/yyyy (e.g. 20/03/2015) or YYYY-MM-DD (e.g. 2015-03-20).',
);

/** A date in YYYY-MM-DD or dd/mm/yyyy, as an IsoDate; null when it is not a real calendar date. */
function parseDate(value: string): IsoDate | null {
  if (ISO_DATE_SHAPE.test(value)) return isIsoDate(value) ? value : null;
  const match = VIETNAMESE_DATE_SHAPE.exec(value);
  if (!match) return null;
  const date = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
}

const COLUMN_LABELS: Readonly<Record<RegistryImportColumn, LocalizedText>> = {
  registrationCode: text('Mã số HTX', 'Registration code'),
  name: text('Tên HTX', 'Name'),
  kind: text('Loại hình', 'Kind'),
  sector: text('Lĩnh vực', 'Sector'),
  territoryCode: text('Mã địa bàn', 'Territory code'),
  regime: text('Luật áp dụng', 'Regime'),
  registeredOn: text('Ngày đăng ký', 'Registration date'),
  memberCount: text('Số thành viên', 'Member count'),
  lastReportYear: text('Năm báo cáo gần nhất', 'Last report year'),
  lastReportFiledOn: text('Ngày nộp báo cáo', 'Last report filing date'),
  lastGeneralMeetingOn: text('Ngày đại hội gần nhất', 'Last general meeting date'),
  lastActivityOn: text('Ngày hoạt động gần nhất', 'Last activity date'),
  suspendedFrom: text('Tạm ngừng từ', 'Suspended from'),
  suspendedUntil: text('Tạm ngừng đến', 'Suspended until'),
  noticeEmail: text('Thư điện tử nhận thông báo', 'Notice e-mail'),
  convertedOn: text('Ngày chuyển đổi sang luật áp dụng', 'Date it converted to its current law'),
};

const HISTORY_DATE_COLUMNS = ['lastReportFiledOn', 'lastGeneralMeetingOn', 'lastActivityOn', 'suspendedFrom'] as const;

const WHOLE_NUMBER = /^\d+$/;
const THOUSANDS_SEPARATED = /^\d{1,3}([.,]\d{3})+$/;

/** What one line says, read and checked; `row` only when it has no problem. */
type RowOutcome = { readonly problems: FieldProblem[]; readonly code: string | null; readonly row: ImportRow | null };

class RowReader {
  readonly problems: FieldProblem[] = [];
  /** Fields whose cell could not be read: checkRegistration's verdict on their placeholder is dropped. */
  readonly unreadable = new Set<string>();

  constructor(
    private readonly cells: readonly string[],
    private readonly columns: HeaderMap,
    /** Dates already read in this file: an export repeats the same few dates on thousands of lines. */
    private readonly dates: Map<string, IsoDate | null>,
  ) {}

  cell(column: RegistryImportColumn): string {
    const index = this.columns[column];
    return index === undefined ? '' : (this.cells[index] ?? '').trim();
  }

  fail(column: RegistryImportColumn, reason: LocalizedText, fix?: LocalizedText): void {
    this.problems.push(problem(column, reason, fix));
    this.unreadable.add(column);
  }

  required(column: RegistryImportColumn): string | null {
    const value = this.cell(column);
    if (value !== '') return value;
    const label = COLUMN_LABELS[column];
    this.fail(
      column,
      text(`Cột "${label.vi}" để trống.`, `${label.en} is empty.`),
      text('Dòng này cần có giá trị ở cột này.', 'This line needs a value in this column.'),
    );
    return null;
  }

  lookup<T>(column: RegistryImportColumn, table: ReadonlyMap<string, T>, accepted: LocalizedText): T | null {
    const value = this.required(column);
    if (value === null) return null;
    const found = table.get(value) ?? table.get(fold(value));
    if (found !== undefined) return found;
    const label = COLUMN_LABELS[column];
    this.fail(
      column,
      text(`${label.vi} "${value}" không hợp lệ.`, `${label.en} "${value}" is not recognised.`),
      accepted,
    );
    return null;
  }

  date(column: RegistryImportColumn, value: string): IsoDate | null {
    let parsed = this.dates.get(value);
    if (parsed === undefined) {
      parsed = parseDate(value);
      this.dates.set(value, parsed);
    }
    if (parsed !== null) return parsed;
    const label = COLUMN_LABELS[column];
    this.fail(
      column,
      text(`${label.vi} "${value}" không phải là ngày hợp lệ.`, `${label.en} "${value}" is not a valid date.`),
      DATE_FIX,
    );
    return null;
  }

  optionalDate(column: RegistryImportColumn): IsoDate | null {
    const value = this.cell(column);
    return value === '' ? null : this.date(column, value);
  }

  count(column: RegistryImportColumn): number | null {
    const value = this.required(column);
    if (value === null) return null;
    if (WHOLE_NUMBER.test(value)) return Number(value);
    const label = COLUMN_LABELS[column];
    this.fail(
      column,
      THOUSANDS_SEPARATED.test(value)
        ? text(
            `${label.vi} "${value}" có dấu phân cách hàng nghìn.`,
            `${label.en} "${value}" contains a thousands separator.`,
          )
        : text(`${label.vi} "${value}" không phải là số nguyên.`, `${label.en} "${value}" is not a whole number.`),
      text(
        `Chỉ ghi chữ số, không có dấu chấm, dấu phẩy hay khoảng trắng, ví dụ 1250.`,
        'Write digits only, with no dots, commas or spaces, e.g. 1250.',
      ),
    );
    return null;
  }
}

const KIND_ACCEPTED = text(
  `Dùng một trong: ${COOPERATIVE_KINDS.map((kind) => `"${COOPERATIVE_KIND_LABELS[kind].vi}"`).join(', ')} (hoặc ${COOPERATIVE_KINDS.join(', ')}).`,
  `Use one of: ${COOPERATIVE_KINDS.join(', ')} (or ${COOPERATIVE_KINDS.map((kind) => `"${COOPERATIVE_KIND_LABELS[kind].vi}"`).join(', ')}).`,
);
const SECTOR_ACCEPTED = text(`Dùng một trong: ${SECTORS.join(', ')}.`, `Use one of: ${SECTORS.join(', ')}.`);
const REGIME_ACCEPTED = text(
  `Dùng 2003, 2012 hoặc 2023 (hoặc ${LEGAL_REGIMES.join(', ')}).`,
  `Use 2003, 2012 or 2023 (or ${LEGAL_REGIMES.join(', ')}).`,
);

function readRow(
  cells: readonly string[],
  line: number,
  columns: HeaderMap,
  today: IsoDate,
  dates: Map<string, IsoDate | null>,
): RowOutcome {
  const reader = new RowReader(cells, columns, dates);
  const rawCode = reader.required('registrationCode');
  const rawName = reader.required('name');
  const kind = reader.lookup('kind', KIND_LOOKUP, KIND_ACCEPTED);
  const sector = reader.lookup('sector', SECTOR_LOOKUP, SECTOR_ACCEPTED);
  const rawTerritory = reader.required('territoryCode');
  const regime = reader.lookup('regime', REGIME_LOOKUP, REGIME_ACCEPTED);
  const rawRegisteredOn = reader.required('registeredOn');
  const registeredOn = rawRegisteredOn === null ? null : reader.date('registeredOn', rawRegisteredOn);
  const memberCount = reader.count('memberCount');
  // A conversion date says the cooperative came under `regime` then, from the law it was registered under.
  const convertedOn = reader.optionalDate('convertedOn');
  const registeredUnder = convertedOn && registeredOn && regime ? regimeInForceOn(registeredOn) : null;

  // Placeholders stand in for unreadable cells; what checkRegistration says of them is dropped below.
  const details = normalizeRegistration<RegistrationDetails>({
    registrationCode: rawCode ?? '',
    name: rawName ?? '',
    kind: kind ?? 'cooperative',
    sector: sector ?? 'other',
    territoryCode: rawTerritory ?? '',
    regime: registeredUnder ?? regime ?? 'law-2023',
    registeredOn: registeredOn ?? today,
    memberCount: memberCount ?? 1,
  });
  const code = details.registrationCode === '' ? null : details.registrationCode;
  for (const found of checkRegistration(details, today)) {
    if (reader.unreadable.has(found.field)) continue;
    // Which law may apply depends on the registration date: without one, there is nothing to compare.
    if (found.field === 'regime' && reader.unreadable.has('registeredOn')) continue;
    reader.problems.push(found);
  }

  // The history: every date inside [registeredOn, today], and the pairs complete.
  const history: Partial<Record<(typeof HISTORY_DATE_COLUMNS)[number], IsoDate | null>> = {};
  for (const column of HISTORY_DATE_COLUMNS) {
    const on = reader.optionalDate(column);
    history[column] = on;
    if (on === null) continue;
    const label = COLUMN_LABELS[column];
    if (compareIsoDates(on, today) > 0) {
      reader.fail(
        column,
        text(`${label.vi} ${on} nằm sau ngày hôm nay (${today}).`, `${label.en} ${on} is after today (${today}).`),
      );
    } else if (registeredOn !== null && compareIsoDates(on, registeredOn) < 0) {
      reader.fail(
        column,
        text(
          `${label.vi} ${on} nằm trước ngày đăng ký (${registeredOn}).`,
          `${label.en} ${on} is before the registration date (${registeredOn}).`,
        ),
      );
    }
  }
  const suspendedUntil = reader.optionalDate('suspendedUntil');

  const reportYearCell = reader.cell('lastReportYear');
  let reportYear: number | null = null;
  if (reportYearCell !== '') {
    if (!/^\d{4}$/.test(reportYearCell)) {
      reader.fail(
        'lastReportYear',
        text(
          `Năm báo cáo "${reportYearCell}" không phải là năm hợp lệ.`,
          `The report year "${reportYearCell}" is not a valid year.`,
        ),
        text('Ghi năm bằng 4 chữ số, ví dụ 2023.', 'Write the year with 4 digits, e.g. 2023.'),
      );
    } else {
      reportYear = Number(reportYearCell);
      const earliest = registeredOn === null ? null : Number(registeredOn.slice(0, 4));
      const latest = Number(today.slice(0, 4));
      if (reportYear > latest || (earliest !== null && reportYear < earliest)) {
        reader.fail(
          'lastReportYear',
          text(
            `Năm báo cáo ${reportYear} phải từ năm đăng ký${earliest === null ? '' : ` (${earliest})`} đến năm nay (${latest}).`,
            `The report year ${reportYear} must be from the registration year${earliest === null ? '' : ` (${earliest})`} to this year (${latest}).`,
          ),
        );
      }
    }
  }
  const filedCell = reader.cell('lastReportFiledOn');
  if (reportYearCell !== '' && filedCell === '') {
    reader.fail(
      'lastReportFiledOn',
      text('Có năm báo cáo nhưng thiếu ngày nộp báo cáo.', 'A report year is given without its filing date.'),
      text('Ghi ngày nộp báo cáo, hoặc để trống cả hai cột.', 'Give the filing date, or leave both columns empty.'),
    );
  } else if (reportYearCell === '' && filedCell !== '') {
    reader.fail(
      'lastReportYear',
      text('Có ngày nộp báo cáo nhưng thiếu năm báo cáo.', 'A report filing date is given without its year.'),
      text(
        'Ghi năm của báo cáo, hoặc để trống cả hai cột.',
        'Give the year of the report, or leave both columns empty.',
      ),
    );
  }

  const fromCell = reader.cell('suspendedFrom');
  const untilCell = reader.cell('suspendedUntil');
  if (fromCell !== '' && untilCell === '') {
    reader.fail(
      'suspendedUntil',
      text('Có ngày bắt đầu tạm ngừng nhưng thiếu ngày kết thúc.', 'A suspension start is given without its end.'),
      text('Ghi ngày kết thúc tạm ngừng, hoặc để trống cả hai cột.', 'Give the end date, or leave both columns empty.'),
    );
  } else if (fromCell === '' && untilCell !== '') {
    reader.fail(
      'suspendedFrom',
      text('Có ngày kết thúc tạm ngừng nhưng thiếu ngày bắt đầu.', 'A suspension end is given without its start.'),
      text(
        'Ghi ngày bắt đầu tạm ngừng, hoặc để trống cả hai cột.',
        'Give the start date, or leave both columns empty.',
      ),
    );
  } else if (history.suspendedFrom && suspendedUntil && compareIsoDates(suspendedUntil, history.suspendedFrom) <= 0) {
    reader.fail(
      'suspendedUntil',
      text(
        `Ngày kết thúc tạm ngừng ${suspendedUntil} phải sau ngày bắt đầu ${history.suspendedFrom}.`,
        `The suspension end ${suspendedUntil} must come after its start ${history.suspendedFrom}.`,
      ),
    );
  }

  const email = reader.cell('noticeEmail');
  if (email !== '' && !isEmailAddress(email)) {
    reader.fail(
      'noticeEmail',
      text(`"${email}" không phải địa chỉ thư điện tử.`, `"${email}" is not an e-mail address.`),
      text('Sửa lại hoặc để trống cột này.', 'Correct it or leave the column empty.'),
    );
  }

  if (convertedOn && registeredOn && regime && registeredUnder) {
    if (isSameOrLaterRegime(registeredUnder, regime)) {
      reader.fail(
        'convertedOn',
        text(
          `Hợp tác xã đăng ký theo ${REGIMES[registeredUnder].title.vi}: không có chuyển đổi sang ${REGIMES[regime].title.vi}.`,
          `Registered under the ${REGIMES[registeredUnder].title.en}: there is no conversion to the ${REGIMES[regime].title.en}.`,
        ),
        text(
          'Để trống ngày chuyển đổi, hoặc sửa cột luật áp dụng.',
          'Leave the conversion date empty, or correct the regime.',
        ),
      );
    } else if (
      compareIsoDates(convertedOn, REGIMES[regime].inForceFrom!) < 0 ||
      compareIsoDates(convertedOn, today) > 0 ||
      compareIsoDates(convertedOn, registeredOn) < 0
    ) {
      reader.fail(
        'convertedOn',
        text(
          `Ngày chuyển đổi ${convertedOn} phải từ ngày ${REGIMES[regime].title.vi} có hiệu lực (${REGIMES[regime].inForceFrom}) đến hôm nay.`,
          `The conversion date ${convertedOn} must be between the ${REGIMES[regime].title.en} taking effect (${REGIMES[regime].inForceFrom}) and today.`,
        ),
      );
    }
  }

  if (reader.problems.length > 0) return { problems: reader.problems, code, row: null };

  const facts: ImportedFact[] = [];
  const prefix = `import/${details.registrationCode}`;
  const filedOn = history.lastReportFiledOn;
  if (reportYear !== null && filedOn) {
    facts.push({
      factId: `${prefix}/annual-report/${reportYear}`,
      fact: { kind: 'annual-report', year: reportYear, filedOn, reference: 'import' },
    });
  }
  const heldOn = history.lastGeneralMeetingOn;
  if (heldOn) {
    facts.push({
      factId: `${prefix}/general-meeting/${heldOn}`,
      fact: { kind: 'general-meeting', heldOn, meeting: 'annual', note: 'import' },
    });
  }
  const activeOn = history.lastActivityOn;
  if (activeOn) {
    facts.push({
      factId: `${prefix}/activity/${activeOn}`,
      fact: { kind: 'activity', on: activeOn, activity: 'other', description: 'import' },
    });
  }
  const from = history.suspendedFrom;
  if (from && suspendedUntil) {
    // The register keeps the period, not the day notice was given: it is taken to be the latest day that was
    // lawful under either Law (15 days ahead covers 3 working days), and never before the registration.
    const noticeOn = [addDays(from, -15), details.registeredOn].sort().pop()!;
    facts.push({
      factId: `${prefix}/suspension/${from}`,
      fact: { kind: 'suspension-notice', noticeOn, from, until: suspendedUntil, note: 'import' },
    });
  }
  if (email !== '') {
    // The address as the register holds it on the day of the import, before any notice is decided.
    facts.push({
      factId: `${prefix}/notice-address/${email.toLowerCase()}`,
      fact: { kind: 'notice-address', changedOn: [today, details.registeredOn].sort().pop()!, email },
    });
  }
  if (convertedOn && regime && registeredUnder) {
    facts.push({
      factId: `${prefix}/regime-converted/${regime}`,
      fact: { kind: 'regime-converted', to: regime, convertedOn, reference: 'import', campaignId: null },
    });
  }
  return { problems: [], code, row: { row: line, details, facts } };
}

const COLUMN_ORDER: ReadonlyMap<string, number> = new Map(
  REGISTRY_IMPORT_COLUMNS.map((column, index) => [column, index]),
);

/** A row's problems in the order of the columns, as the user reads the line (the sort is stable). */
const byColumn = (a: FieldProblem, b: FieldProblem): number =>
  (COLUMN_ORDER.get(a.field) ?? 0) - (COLUMN_ORDER.get(b.field) ?? 0);

/**
 * Reads rows of a cooperative registry export into registration requests with their history as facts, and reports
 * every problem of every other row. `cells`: the sheet as rows of strings, the first row the header (spreadsheet
 * line 1). `today`: the Vietnamese date of the import.
 */
export function parseRegistry(cells: readonly (readonly string[])[], today: IsoDate): ParsedRegistry {
  const header = readHeader(cells.length > 0 ? cells[0] : []);
  if (header.problems.length > 0) return { rows: [], errors: [], headerProblems: header.problems };

  const rows: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  const firstLineOfCode = new Map<string, number>();
  const dates = new Map<string, IsoDate | null>();
  for (let index = 1; index < cells.length; index++) {
    const cellsOfRow = cells[index];
    if (cellsOfRow.every((cell) => cell.trim() === '')) continue;
    const line = index + 1;
    const outcome = readRow(cellsOfRow, line, header.columns, today, dates);
    const problems = outcome.problems;
    if (outcome.code !== null) {
      const first = firstLineOfCode.get(outcome.code);
      if (first === undefined) {
        firstLineOfCode.set(outcome.code, line);
      } else {
        problems.push(
          problem(
            'registrationCode',
            text(
              `Mã số ${outcome.code} đã có ở dòng ${first} của tệp.`,
              `The registration code ${outcome.code} already appears on line ${first} of the file.`,
            ),
            text(
              'Mỗi hợp tác xã chỉ ghi một dòng: xóa dòng trùng hoặc sửa mã số.',
              'Each cooperative takes one line: delete the repeated line or correct its code.',
            ),
          ),
        );
      }
    }
    if (problems.length > 0 || outcome.row === null) {
      errors.push({ row: line, registrationCode: outcome.code, problems: problems.sort(byColumn) });
    } else {
      rows.push(outcome.row);
    }
  }
  return { rows, errors, headerProblems: [] };
}

/**
 * A small RFC 4180 reader: quoted fields (with "" for a quote, and line breaks inside), CRLF or LF line ends, a UTF-8
 * byte order mark dropped, and ',' or ';' as the delimiter, whichever the header line uses more. Empty lines are kept
 * as `['']` so record indexes stay line numbers; a final line break does not start a record. Cells are not trimmed.
 */
export function readCsv(content: string): string[][] {
  const input = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  if (input === '') return [];
  const delimiter = detectDelimiter(input);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let index = 0;
  /** Whether anything was read since the last line end (a final line break does not open a record). */
  let open = false;
  const length = input.length;
  while (index < length) {
    const char = input[index];
    open = true;
    if (char === '"' && field === '') {
      // A quoted field runs to the next quote not doubled.
      index++;
      for (;;) {
        const quote = input.indexOf('"', index);
        if (quote === -1) {
          field += input.slice(index); // Unterminated: the rest of the file.
          index = length;
          break;
        }
        field += input.slice(index, quote);
        if (input[quote + 1] === '"') {
          field += '"';
          index = quote + 2;
        } else {
          index = quote + 1;
          break;
        }
      }
    } else if (char === delimiter) {
      record.push(field);
      field = '';
      index++;
    } else if (char === '\n' || char === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      open = false;
      index += char === '\r' && input[index + 1] === '\n' ? 2 : 1;
    } else {
      // Plain text up to the next delimiter, line end or quote.
      let end = index + 1;
      while (end < length) {
        const next = input[end];
        if (next === delimiter || next === '\n' || next === '\r' || next === '"') break;
        end++;
      }
      field += input.slice(index, end);
      if (end < length && input[end] === '"') {
        // A stray quote inside an unquoted field is kept as text.
        field += '"';
        end++;
      }
      index = end;
    }
  }
  if (open) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function detectDelimiter(input: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let index = 0; index < input.length; index++) {
    const char = input[index];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') break;
    else if (char === ',') commas++;
    else if (char === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}
