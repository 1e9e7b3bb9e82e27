import type { IsoDate } from '../shared/iso-date';
import {
  countWithoutReports,
  parseRegistry,
  readCsv,
  REGISTRY_IMPORT_COLUMNS,
  REGISTRY_IMPORT_HEADER_ALIASES,
  type ParsedRegistry,
  type RegistryImportColumn,
} from './registry-import';

const today: IsoDate = '2025-06-15';

type Line = Partial<Record<RegistryImportColumn, string>>;

const good = (overrides: Line = {}): Line => ({
  registrationCode: '2416000001',
  name: 'Hợp tác xã Nông nghiệp Cao Xá',
  kind: 'cooperative',
  sector: 'agriculture',
  territoryCode: '216',
  regime: 'law-2012',
  registeredOn: '2015-03-20',
  memberCount: '42',
  ...overrides,
});

/** A sheet with the given header (English ids by default) and one row per line. */
function sheet(lines: readonly Line[], header: readonly RegistryImportColumn[] = REGISTRY_IMPORT_COLUMNS): string[][] {
  return [[...header], ...lines.map((line) => header.map((column) => line[column] ?? ''))];
}

const parse = (cells: readonly (readonly string[])[]) => parseRegistry(cells, today);

/** The fields each error line is about, for compact expectations. */
const fieldsByLine = (parsed: ParsedRegistry) =>
  Object.fromEntries(parsed.errors.map((error) => [error.row, error.problems.map((found) => found.field)]));

describe('parseRegistry: a good export', () => {
  const csv = [
    REGISTRY_IMPORT_COLUMNS.join(','),
    '2416000001,Hợp tác xã Nông nghiệp Cao Xá,cooperative,agriculture,216,law-2012,2015-03-20,42,2024,2025-03-10,2025-04-02,2025-05-30,,',
    '1807A00123, HTX  Dịch vụ   Điện Năng ,union,utilities,01,law-2023,2005-07-01,7,,,,,2024-08-01,2025-02-01',
    '2400123456,Tổ hợp tác Mây tre,group,industry-handicraft,10105,law-2012,2014-01-02,3,,,,,,',
  ].join('\n');

  it('turns each row into normalized registration details with its line number', () => {
    const parsed = parse(readCsv(csv));
    expect(parsed.headerProblems).toEqual([]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((row) => row.row)).toEqual([2, 3, 4]);
    expect(parsed.rows[0].details).toEqual({
      registrationCode: '2416000001',
      name: 'Hợp tác xã Nông nghiệp Cao Xá',
      kind: 'cooperative',
      sector: 'agriculture',
      territoryCode: '216',
      regime: 'law-2012',
      registeredOn: '2015-03-20',
      memberCount: 42,
    });
    expect(parsed.rows[1].details).toMatchObject({
      registrationCode: '1807A00123',
      name: 'HTX Dịch vụ Điện Năng',
      kind: 'union',
      regime: 'law-2023',
      registeredOn: '2005-07-01',
      memberCount: 7,
    });
    expect(parsed.rows[2].details).toMatchObject({ kind: 'group', territoryCode: '10105' });
  });

  it('builds the history as facts with ids derived from the row, so a second import repeats them', () => {
    const parsed = parse(readCsv(csv));
    expect(parsed.rows[0].facts).toEqual([
      {
        factId: 'import/2416000001/annual-report/2024',
        fact: { kind: 'annual-report', year: 2024, filedOn: '2025-03-10', reference: 'import' },
      },
      {
        factId: 'import/2416000001/general-meeting/2025-04-02',
        fact: { kind: 'general-meeting', heldOn: '2025-04-02', meeting: 'annual', note: 'import' },
      },
      {
        factId: 'import/2416000001/activity/2025-05-30',
        fact: { kind: 'activity', on: '2025-05-30', activity: 'other', description: 'import' },
      },
    ]);
    expect(parsed.rows[1].facts).toEqual([
      {
        factId: 'import/1807A00123/suspension/2024-08-01',
        fact: {
          kind: 'suspension-notice',
          noticeOn: '2024-07-17',
          from: '2024-08-01',
          until: '2025-02-01',
          note: 'import',
        },
      },
    ]);
    expect(parsed.rows[2].facts).toEqual([]);
    expect(parse(readCsv(csv))).toEqual(parsed);
  });

  it('reads the Vietnamese headers and labels, in any case, with or without diacritics, and dd/mm/yyyy dates', () => {
    const header = [
      'MÃ SỐ HTX',
      'Ten HTX',
      'loại hình',
      'Lĩnh vực'.normalize('NFD'),
      '  Mã   địa bàn ',
      'Luật áp dụng',
      'Ngày đăng ký',
      'Số thành viên',
      'Năm báo cáo gần nhất',
      'Ngày nộp báo cáo',
      'Ngày đại hội gần nhất',
      'NGAY HOAT DONG GAN NHAT',
      'Tạm ngừng từ',
      'Tạm ngừng đến',
    ];
    const vietnamese = [
      header.join(';'),
      '2416000001;Hợp tác xã Nông nghiệp Cao Xá;Hợp tác xã;agriculture;216;2012;20/03/2015;42;2024;10/03/2025;2/4/2025;30/05/2025;;',
      '1807A00123;HTX Dịch vụ Điện Năng;LIÊN HIỆP HỢP TÁC XÃ;utilities;01;2023;01/07/2005;7;;;;;01/08/2024;01/02/2025',
      '2400123456;Tổ hợp tác Mây tre;to hop tac;industry-handicraft;10105;law-2012;02/01/2014;3;;;;;;',
    ].join('\r\n');
    expect(parse(readCsv(vietnamese))).toEqual(parse(readCsv(csv)));
  });

  it('maps every listed Vietnamese header to its column', () => {
    const aliases = REGISTRY_IMPORT_COLUMNS.map((column) => REGISTRY_IMPORT_HEADER_ALIASES[column][0]);
    expect(aliases).toEqual([
      'Mã số HTX',
      'Tên HTX',
      'Loại hình',
      'Lĩnh vực',
      'Mã địa bàn',
      'Luật áp dụng',
      'Ngày đăng ký',
      'Số thành viên',
      'Năm báo cáo gần nhất',
      'Ngày nộp báo cáo',
      'Ngày đại hội gần nhất',
      'Ngày hoạt động gần nhất',
      'Tạm ngừng từ',
      'Tạm ngừng đến',
      'Thư điện tử',
      'Ngày chuyển đổi',
    ]);
    const row = good({ lastActivityOn: '2025-05-30' });
    const parsed = parse([aliases, REGISTRY_IMPORT_COLUMNS.map((column) => row[column] ?? '')]);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0].facts.map((fact) => fact.factId)).toEqual(['import/2416000001/activity/2025-05-30']);
  });

  it('ignores unknown columns, accepts columns in any order and skips empty lines keeping line numbers', () => {
    const header = ['Ghi chú', 'memberCount', 'registeredOn', 'regime', 'territoryCode', 'sector', 'kind', 'name'];
    const cells = [
      [...header, 'registrationCode'],
      ['xem lại', '42', '2015-03-20', 'law-2012', '216', 'agriculture', 'cooperative', 'HTX A', '2416000001'],
      [''],
      ['', '', '', '', '', '', '', '', ''],
      ['', '5', '2016-01-01', 'law-2012', '216', 'other', 'group', 'THT B', '2416000002'],
    ];
    const parsed = parse(cells);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((row) => [row.row, row.details.registrationCode])).toEqual([
      [2, '2416000001'],
      [5, '2416000002'],
    ]);
  });

  it('trims the cells and treats a short row as empty cells at the end', () => {
    const parsed = parse([
      ['registrationCode', 'name', 'kind', 'sector', 'territoryCode', 'regime', 'registeredOn', 'memberCount', 'x'],
      [' 2416000001 ', ' HTX A ', ' cooperative ', 'agriculture ', ' 216', 'law-2012', ' 20/03/2015', ' 42 '],
    ]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0].details).toMatchObject({ registrationCode: '2416000001', name: 'HTX A', memberCount: 42 });
  });
});

describe('parseRegistry: bad rows', () => {
  const cases: readonly [string, Line, readonly string[]][] = [
    ['an unknown kind', good({ kind: 'công ty' }), ['kind']],
    ['an unknown sector', good({ sector: 'mining' }), ['sector']],
    ['an unknown regime', good({ regime: '1996' }), ['regime']],
    ['a law older than the one in force at registration', good({ regime: 'law-2003' }), ['regime']],
    ['a registration date that does not exist', good({ registeredOn: '31/02/2015' }), ['registeredOn']],
    ['a registration date in another format', good({ registeredOn: '2015.03.20' }), ['registeredOn']],
    ['a registration date after today', good({ registeredOn: '2025-06-16', regime: 'law-2023' }), ['registeredOn']],
    ['a member count with a thousands separator', good({ memberCount: '1.250' }), ['memberCount']],
    ['a member count with a comma separator', good({ memberCount: '1,250' }), ['memberCount']],
    ['a member count that is not whole', good({ memberCount: '12.5' }), ['memberCount']],
    ['a negative member count', good({ memberCount: '-3' }), ['memberCount']],
    ['a member count of zero', good({ memberCount: '0' }), ['memberCount']],
    ['a malformed registration code', good({ registrationCode: 'AB' }), ['registrationCode']],
    ['a malformed territory code', good({ territoryCode: '2160' }), ['territoryCode']],
    ['an empty name', good({ name: '' }), ['name']],
    ['an empty kind', good({ kind: '' }), ['kind']],
    [
      'a report filed before registration',
      good({ lastReportYear: '2015', lastReportFiledOn: '2015-03-19' }),
      ['lastReportFiledOn'],
    ],
    ['a meeting after today', good({ lastGeneralMeetingOn: '2025-06-16' }), ['lastGeneralMeetingOn']],
    ['an activity before registration', good({ lastActivityOn: '19/03/2015' }), ['lastActivityOn']],
    ['an activity date that does not exist', good({ lastActivityOn: '2024-13-01' }), ['lastActivityOn']],
    ['a report year without its filing date', good({ lastReportYear: '2024' }), ['lastReportFiledOn']],
    ['a filing date without its report year', good({ lastReportFiledOn: '2025-03-10' }), ['lastReportYear']],
    [
      'a report year that is not a year',
      good({ lastReportYear: '24', lastReportFiledOn: '2025-03-10' }),
      ['lastReportYear'],
    ],
    [
      'a report year before registration',
      good({ lastReportYear: '2014', lastReportFiledOn: '2025-03-10' }),
      ['lastReportYear'],
    ],
    [
      'a suspension that ends before it starts',
      good({ suspendedFrom: '2024-08-01', suspendedUntil: '2024-07-01' }),
      ['suspendedUntil'],
    ],
    [
      'a suspension that ends the day it starts',
      good({ suspendedFrom: '2024-08-01', suspendedUntil: '2024-08-01' }),
      ['suspendedUntil'],
    ],
    ['a suspension with no end', good({ suspendedFrom: '2024-08-01' }), ['suspendedUntil']],
    ['a suspension with no start', good({ suspendedUntil: '2024-08-01' }), ['suspendedFrom']],
    [
      'a suspension starting after today',
      good({ suspendedFrom: '2025-07-01', suspendedUntil: '2025-12-01' }),
      ['suspendedFrom'],
    ],
  ];

  it.each(cases)('reports %s on its line and field', (_, line, fields) => {
    const parsed = parse(sheet([good({ registrationCode: '2416000009' }), line]));
    expect(parsed.rows.map((row) => row.row)).toEqual([2]);
    expect(parsed.errors).toHaveLength(1);
    const [error] = parsed.errors;
    expect(error.row).toBe(3);
    expect(error.problems.map((found) => found.field)).toEqual(fields);
    for (const found of error.problems) {
      expect(found.reason.vi).not.toBe('');
      expect(found.reason.en).not.toBe('');
      expect(found.reason.vi).not.toBe(found.reason.en);
    }
  });

  it('explains a thousands separator plainly, in Vietnamese then English, with the fix', () => {
    const [error] = parse(sheet([good({ memberCount: '1.250' })])).errors;
    expect(error).toEqual({
      row: 2,
      registrationCode: '2416000001',
      problems: [
        {
          field: 'memberCount',
          reason: {
            vi: 'Số thành viên "1.250" có dấu phân cách hàng nghìn.',
            en: 'Member count "1.250" contains a thousands separator.',
          },
          fix: {
            vi: 'Chỉ ghi chữ số, không có dấu chấm, dấu phẩy hay khoảng trắng, ví dụ 1250.',
            en: 'Write digits only, with no dots, commas or spaces, e.g. 1250.',
          },
        },
      ],
    });
  });

  it('reports every problem of a row at once, in column order, and no code when there is none', () => {
    const parsed = parse(
      sheet([
        good({
          registrationCode: '',
          kind: 'hợp tác',
          registeredOn: '2015-02-30',
          memberCount: '4,5',
          lastActivityOn: '2030-01-01',
          suspendedFrom: '2024-08-01',
        }),
      ]),
    );
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0].registrationCode).toBeNull();
    expect(parsed.errors[0].problems.map((found) => found.field)).toEqual([
      'registrationCode',
      'kind',
      'registeredOn',
      'memberCount',
      'lastActivityOn',
      'suspendedUntil',
    ]);
  });

  it('does not judge the regime against a registration date it could not read', () => {
    const parsed = parse(sheet([good({ regime: 'law-2003', registeredOn: 'hôm qua' })]));
    expect(fieldsByLine(parsed)).toEqual({ 2: ['registeredOn'] });
  });

  it('names the first line of a registration code repeated in the file, whatever its spacing or case', () => {
    const parsed = parse(
      sheet([
        good({ registrationCode: '1807a00123' }),
        good({ registrationCode: '2416000002' }),
        good({ registrationCode: ' 1807A 00123 ' }),
        good({ registrationCode: '1807A00123', memberCount: 'x' }),
      ]),
    );
    expect(parsed.rows.map((row) => row.row)).toEqual([2, 3]);
    expect(parsed.errors.map((error) => [error.row, error.registrationCode])).toEqual([
      [4, '1807A00123'],
      [5, '1807A00123'],
    ]);
    expect(parsed.errors[0].problems).toEqual([
      expect.objectContaining({
        field: 'registrationCode',
        reason: {
          vi: 'Mã số 1807A00123 đã có ở dòng 2 của tệp.',
          en: 'The registration code 1807A00123 already appears on line 2 of the file.',
        },
      }),
    ]);
    expect(fieldsByLine(parsed)).toEqual({ 4: ['registrationCode'], 5: ['registrationCode', 'memberCount'] });
  });
});

describe('parseRegistry: the notice e-mail', () => {
  it('records the address as a fact dated the day of the import, and refuses one that is not an address', () => {
    const parsed = parse(
      sheet([
        good({ noticeEmail: 'HTX.CaoXa@Example.vn' }),
        good({ registrationCode: '2416000002', name: 'HTX Khác', noticeEmail: 'không có' }),
      ]),
    );
    expect(parsed.rows[0].facts).toContainEqual({
      factId: 'import/2416000001/notice-address/htx.caoxa@example.vn',
      fact: { kind: 'notice-address', changedOn: today, email: 'HTX.CaoXa@Example.vn' },
    });
    expect(fieldsByLine(parsed)).toEqual({ 3: ['noticeEmail'] });
  });
});

describe('parseRegistry: the header', () => {
  it('reports each missing required column with the header to add, and reads no row', () => {
    const header: RegistryImportColumn[] = ['registrationCode', 'name', 'kind', 'territoryCode', 'regime'];
    const parsed = parse(sheet([good()], header));
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.headerProblems.map((found) => found.field)).toEqual(['sector', 'registeredOn', 'memberCount']);
    expect(parsed.headerProblems[0]).toEqual({
      field: 'sector',
      reason: {
        vi: 'Thiếu cột bắt buộc "Lĩnh vực" / "sector".',
        en: 'The required column "Lĩnh vực" / "sector" is missing.',
      },
      fix: {
        vi: 'Thêm cột có tiêu đề "Lĩnh vực" (hoặc "sector") vào dòng đầu tiên.',
        en: 'Add a column headed "sector" (or "Lĩnh vực") to the first line.',
      },
    });
  });

  it('does not need the optional history columns', () => {
    const required: RegistryImportColumn[] = [
      'registrationCode',
      'name',
      'kind',
      'sector',
      'territoryCode',
      'regime',
      'registeredOn',
      'memberCount',
    ];
    const parsed = parse(sheet([good()], required));
    expect(parsed.headerProblems).toEqual([]);
    expect(parsed.rows).toHaveLength(1);
  });

  it('reports every required column of an empty file', () => {
    expect(parse([]).headerProblems).toHaveLength(8);
    expect(parse(readCsv('')).headerProblems).toHaveLength(8);
  });

  it('refuses a column given twice, under its id and its Vietnamese name', () => {
    const parsed = parse([[...REGISTRY_IMPORT_COLUMNS, 'Số thành viên'], sheet([good()])[1]]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.headerProblems).toEqual([
      expect.objectContaining({
        field: 'memberCount',
        reason: {
          vi: 'Cột "Số thành viên" (cột 17) trùng với cột "memberCount" (cột 8).',
          en: 'The column "Số thành viên" (column 17) repeats "memberCount" (column 8).',
        },
      }),
    ]);
  });
});

describe('readCsv', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks inside', () => {
    const csv = 'a,b,c\r\n"x, y","He said ""hi""","two\r\nlines"\r\nplain,,"" \r\n';
    expect(readCsv(csv)).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'He said "hi"', 'two\r\nlines'],
      ['plain', '', ' '],
    ]);
  });

  it('drops a UTF-8 byte order mark and detects ";" from the header line', () => {
    const csv = '\uFEFFMã số HTX;Tên HTX;Số thành viên\n2416000001;"HTX Cao Xá; Thái Bình";1,5\n';
    expect(readCsv(csv)).toEqual([
      ['Mã số HTX', 'Tên HTX', 'Số thành viên'],
      ['2416000001', 'HTX Cao Xá; Thái Bình', '1,5'],
    ]);
  });

  it('keeps ",": a ";" inside a quoted header cell does not count', () => {
    expect(readCsv('"a;b;c",d\n1,2')).toEqual([
      ['a;b;c', 'd'],
      ['1', '2'],
    ]);
  });

  it('keeps empty lines as records so indexes are line numbers, and a last line without a break', () => {
    expect(readCsv('a\n\nb\r\n\r\nc')).toEqual([['a'], [''], ['b'], [''], ['c']]);
    expect(readCsv('a,b\n')).toEqual([['a', 'b']]);
    expect(readCsv('a,\n')).toEqual([['a', '']]);
    expect(readCsv('')).toEqual([]);
  });

  it('reads an unterminated quote to the end of the file', () => {
    expect(readCsv('a\n"b\nc\n')).toEqual([['a'], ['b\nc\n']]);
  });

  it('feeds parseRegistry: a CSV with a BOM, semicolons and quoted names', () => {
    const csv =
      '\uFEFF' +
      [
        'Mã số HTX;Tên HTX;Loại hình;Lĩnh vực;Mã địa bàn;Luật áp dụng;Ngày đăng ký;Số thành viên',
        '2416000001;"Hợp tác xã ""Cao Xá""; Thái Bình";Hợp tác xã;agriculture;216;2012;20/03/2015;42',
      ].join('\r\n') +
      '\r\n';
    const parsed = parse(readCsv(csv));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0].details.name).toBe('Hợp tác xã "Cao Xá"; Thái Bình');
  });
});

describe('parseRegistry: a large export', () => {
  it('parses 10,000 rows with 50 bad ones in well under a second, reporting exactly those', () => {
    const faults: readonly [string, (line: string[]) => void][] = [
      ['memberCount', (line) => (line[7] = '1.200')],
      ['registeredOn', (line) => (line[6] = '30/02/2016')],
      ['kind', (line) => (line[2] = 'company')],
      ['lastReportFiledOn', (line) => (line[9] = '')],
      ['registrationCode', (line) => (line[0] = '2400000002')],
    ];
    const badLines = new Map<number, string>();
    const lines: string[] = [REGISTRY_IMPORT_COLUMNS.join(',')];
    for (let index = 0; index < 10_000; index++) {
      const line = [
        String(2_400_000_000 + index),
        `"Hợp tác xã số ${index}, xã ${index % 97}"`,
        ['cooperative', 'union', 'group'][index % 3],
        'agriculture',
        String(10_000 + (index % 90_000)),
        'law-2012',
        '2016-05-12',
        String(7 + (index % 500)),
        '2024',
        '10/03/2025',
        '2025-04-02',
        '',
        '',
        '',
      ];
      if (index % 200 === 199) {
        const [field, spoil] = faults[Math.floor(index / 200) % faults.length];
        spoil(line);
        badLines.set(index + 2, field);
      }
      lines.push(line.join(','));
    }
    const csv = lines.join('\r\n');

    const started = performance.now();
    const parsed = parseRegistry(readCsv(csv), today);
    const elapsed = performance.now() - started;

    expect(badLines.size).toBe(50);
    expect(parsed.headerProblems).toEqual([]);
    expect(parsed.rows).toHaveLength(9_950);
    expect(fieldsByLine(parsed)).toEqual(Object.fromEntries([...badLines].map(([line, field]) => [line, [field]])));
    const repeats = parsed.errors.filter((error) => error.problems[0].field === 'registrationCode');
    expect(repeats).toHaveLength(10);
    for (const repeat of repeats) {
      expect(repeat.registrationCode).toBe('2400000002');
      expect(repeat.problems[0].reason.en).toBe(
        'The registration code 2400000002 already appears on line 4 of the file.',
      );
    }
    expect(parsed.rows[0].facts.map((fact) => fact.factId)).toEqual([
      'import/2400000000/annual-report/2024',
      'import/2400000000/general-meeting/2025-04-02',
    ]);
    expect(elapsed).toBeLessThan(1_000);
  });
});

describe('parseRegistry: how a cooperative came under its current law', () => {
  it('registers it under the law of its registration day and records the conversion on its date', () => {
    const parsed = parse(sheet([good({ registeredOn: '2005-07-01', regime: '2012', convertedOn: '10/05/2016' })]));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows[0].details.regime).toBe('law-2003');
    expect(parsed.rows[0].facts).toContainEqual({
      factId: 'import/2416000001/regime-converted/law-2012',
      fact: {
        kind: 'regime-converted',
        to: 'law-2012',
        convertedOn: '2016-05-10',
        reference: 'import',
        campaignId: null,
      },
    });
  });

  it('refuses a conversion to the law it was registered under, or dated before that law took effect', () => {
    const parsed = parse(
      sheet([
        good({ registeredOn: '2015-03-20', regime: 'law-2012', convertedOn: '2016-05-10' }),
        good({
          registrationCode: '2416000002',
          registeredOn: '2005-07-01',
          regime: 'law-2012',
          convertedOn: '2012-05-10',
        }),
      ]),
    );
    expect(fieldsByLine(parsed)).toEqual({ 2: ['convertedOn'], 3: ['convertedOn'] });
  });
});

describe('rows without report information', () => {
  it('counts the rows that say nothing of reports (their earlier reports stay unknown)', () => {
    const parsed = parse(
      sheet([
        good({ lastReportYear: '2024', lastReportFiledOn: '2024-12-10' }),
        good({ registrationCode: '2416000002' }),
        good({ registrationCode: '2416000003', lastActivityOn: '2025-05-01' }),
      ]),
    );
    expect(parsed.errors).toEqual([]);
    expect(countWithoutReports(parsed.rows)).toBe(2);
  });
});
