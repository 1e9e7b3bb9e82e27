import type { RuleBook } from '../legal/rule-pack';
import { isoDate } from '../calendar/calendar-date';
import type { LegalBasis } from '../legal/legal-basis';
import { compareIsoDates, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import {
  COOPERATIVE_KIND_LABELS,
  COOPERATIVE_KINDS,
  COOPERATIVE_STATUS_LABELS,
  COOPERATIVE_STATUSES,
  SECTOR_LABELS,
  SECTORS,
  type Cooperative,
  type CooperativeKind,
  type CooperativeStatus,
  type Sector,
} from './cooperative';
import { isReportFiled, isReportUnknown } from './reporting';
import { cascadeDueOn, reportDueOn } from './reporting.rules';

/** The yearly aggregate a registration agency sends up the ladder (commune → district → province → ministry). */
export type AnnualAggregate = {
  readonly year: number;
  readonly asOf: IsoDate;
  /** Cooperatives on the register during the year (registered by its end, not dissolved before it began). */
  readonly cooperatives: number;
  readonly byKind: Readonly<Record<CooperativeKind, number>>;
  readonly bySector: Readonly<Record<Sector, number>>;
  /** Legal status as the registry holds it on the day of the aggregate. */
  readonly byStatus: Readonly<Record<CooperativeStatus, number>>;
  readonly members: number;
  /** Revenue stated in the activity reports filed for the year (VND), and how many reports stated one. */
  readonly reportedRevenue: number;
  readonly reportsWithRevenue: number;
  readonly registeredInYear: number;
  readonly dissolvedInYear: number;
  /** Converted to another legal form (the register holds the status, not yet the date: counted whenever it happened). */
  readonly convertedOut: number;
  readonly reportsFiled: number;
  /** Activity reports for the year still missing past their due date on `asOf`. */
  readonly reportsOverdue: number;
  /** Not known to be filed or missing: carried over from a register that said nothing of reports (`isReportUnknown`). */
  readonly reportsUnknown: number;
  readonly reportDue: { readonly dueOn: IsoDate; readonly legalBasis: LegalBasis };
  readonly cascade: {
    readonly district: { readonly dueOn: IsoDate; readonly legalBasis: LegalBasis } | null;
    readonly province: { readonly dueOn: IsoDate; readonly legalBasis: LegalBasis } | null;
  };
};

const zero = <Key extends string>(keys: readonly Key[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<Key, number>;

const dissolvedOn = (cooperative: Cooperative): IsoDate | null =>
  (cooperative.dissolutions ?? []).find((found) => found.stage === 'dissolved')?.closedOn ?? null;

/** Counts the register for `year` as it stands on `asOf`: a pure fold, the same for every level of the ladder. */
export function annualAggregate(
  cooperatives: readonly Cooperative[],
  year: number,
  asOf: IsoDate,
  rules: RuleBook,
): AnnualAggregate {
  const first = isoDate(year, 1, 1);
  const last = isoDate(year, 12, 31);
  const due = reportDueOn(year, rules);
  const onRegister = cooperatives.filter((cooperative) => {
    const dissolved = dissolvedOn(cooperative);
    return (
      compareIsoDates(cooperative.registeredOn, last) <= 0 && !(dissolved && compareIsoDates(dissolved, first) < 0)
    );
  });
  const byKind = zero(COOPERATIVE_KINDS);
  const bySector = zero(SECTORS);
  const byStatus = zero(COOPERATIVE_STATUSES);
  let members = 0;
  let reportedRevenue = 0;
  let reportsWithRevenue = 0;
  let reportsFiled = 0;
  let reportsOverdue = 0;
  let reportsUnknown = 0;
  for (const cooperative of onRegister) {
    byKind[cooperative.kind] += 1;
    bySector[cooperative.sector] += 1;
    byStatus[cooperative.status] += 1;
    if (cooperative.status !== 'dissolved') members += cooperative.memberCount;
    const revenues = (cooperative.reporting?.filed ?? []).filter(
      (report) => report.year === year && report.document === 'activity-report' && report.revenue !== undefined,
    );
    const latest = revenues[revenues.length - 1];
    if (latest) {
      reportedRevenue += latest.revenue!;
      reportsWithRevenue += 1;
    }
    const owes = compareIsoDates(cooperative.registeredOn, due.dueOn) < 0;
    if (isReportFiled(cooperative, year)) reportsFiled += 1;
    else if (
      owes &&
      compareIsoDates(due.dueOn, asOf) < 0 &&
      (cooperative.status === 'active' || cooperative.status === 'suspended')
    ) {
      if (isReportUnknown(cooperative, due.dueOn)) reportsUnknown += 1;
      else reportsOverdue += 1;
    }
  }
  const within = (date: IsoDate | null) =>
    date !== null && compareIsoDates(first, date) <= 0 && compareIsoDates(date, last) <= 0;
  return {
    year,
    asOf,
    cooperatives: onRegister.length,
    byKind,
    bySector,
    byStatus,
    members,
    reportedRevenue,
    reportsWithRevenue,
    registeredInYear: onRegister.filter((cooperative) => within(cooperative.registeredOn)).length,
    dissolvedInYear: onRegister.filter((cooperative) => within(dissolvedOn(cooperative))).length,
    convertedOut: byStatus['converted-out'],
    reportsFiled,
    reportsOverdue,
    reportsUnknown,
    reportDue: due,
    cascade: { district: cascadeDueOn(year, 'district', rules), province: cascadeDueOn(year, 'province', rules) },
  };
}

/** What a steering committee sets targets for, and reads its actual from the year's aggregate. */
export const STATISTICS_INDICATORS = ['new-cooperatives', 'dissolved', 'reports-filed', 'members'] as const;
export type StatisticsIndicator = (typeof STATISTICS_INDICATORS)[number];

export const STATISTICS_INDICATOR_LABELS: Readonly<Record<StatisticsIndicator, LocalizedText>> = {
  'new-cooperatives': text('Hợp tác xã thành lập mới trong năm', 'New cooperatives founded in the year'),
  dissolved: text('Hợp tác xã yếu kém, ngừng hoạt động đã giải thể', 'Weak or inactive cooperatives dissolved'),
  'reports-filed': text('Hợp tác xã đã nộp báo cáo năm', 'Cooperatives that filed the annual report'),
  members: text('Tổng số thành viên', 'Members in all'),
};

export function indicatorActual(aggregate: AnnualAggregate, indicator: StatisticsIndicator): number {
  switch (indicator) {
    case 'new-cooperatives':
      return aggregate.registeredInYear;
    case 'dissolved':
      return aggregate.dissolvedInYear;
    case 'reports-filed':
      return aggregate.reportsFiled;
    case 'members':
      return aggregate.members;
  }
}

/** The aggregate as the lines of the form sent upward: section, item, Vietnamese and English labels, value. */
export function aggregateLines(
  aggregate: AnnualAggregate,
): { section: string; item: string; vi: string; en: string; value: number | string }[] {
  const lines: { section: string; item: string; vi: string; en: string; value: number | string }[] = [];
  const line = (section: string, item: string, label: LocalizedText, value: number | string) =>
    lines.push({ section, item, vi: label.vi, en: label.en, value });
  line('total', 'cooperatives', text('Số hợp tác xã trong sổ', 'Cooperatives on the register'), aggregate.cooperatives);
  for (const kind of COOPERATIVE_KINDS) line('kind', kind, COOPERATIVE_KIND_LABELS[kind], aggregate.byKind[kind]);
  for (const sector of SECTORS) line('sector', sector, SECTOR_LABELS[sector], aggregate.bySector[sector]);
  for (const status of COOPERATIVE_STATUSES) {
    line('status', status, COOPERATIVE_STATUS_LABELS[status], aggregate.byStatus[status]);
  }
  line('total', 'members', text('Tổng số thành viên', 'Members'), aggregate.members);
  line(
    'total',
    'reported-revenue',
    text('Doanh thu theo báo cáo (đồng)', 'Reported revenue (VND)'),
    aggregate.reportedRevenue,
  );
  line(
    'total',
    'reports-with-revenue',
    text('Số báo cáo có doanh thu', 'Reports stating revenue'),
    aggregate.reportsWithRevenue,
  );
  line('change', 'registered', text('Thành lập mới trong năm', 'Registered in the year'), aggregate.registeredInYear);
  line('change', 'dissolved', text('Giải thể trong năm', 'Dissolved in the year'), aggregate.dissolvedInYear);
  line('change', 'converted-out', text('Đã chuyển đổi loại hình', 'Converted to another form'), aggregate.convertedOut);
  line('reports', 'filed', text('Đã nộp báo cáo năm', 'Annual reports filed'), aggregate.reportsFiled);
  line('reports', 'overdue', text('Quá hạn báo cáo năm', 'Annual reports overdue'), aggregate.reportsOverdue);
  line(
    'reports',
    'unknown',
    text(
      'Chưa rõ đã nộp báo cáo năm (sổ chuyển sang không ghi)',
      'Annual report status unknown (not in the imported register)',
    ),
    aggregate.reportsUnknown,
  );
  line(
    'deadline',
    'cooperative',
    text('Hạn hợp tác xã nộp báo cáo', 'Cooperatives report by'),
    aggregate.reportDue.dueOn,
  );
  if (aggregate.cascade.district) {
    line(
      'deadline',
      'district',
      text('Hạn cấp huyện tổng hợp', 'District consolidates by'),
      aggregate.cascade.district.dueOn,
    );
  }
  if (aggregate.cascade.province) {
    line(
      'deadline',
      'province',
      text('Hạn cấp tỉnh tổng hợp', 'Province consolidates by'),
      aggregate.cascade.province.dueOn,
    );
  }
  return lines;
}
