import type { RuleBook } from '../legal/rule-pack';
import { compareIsoDates, type IsoDate } from '../shared/iso-date';
import type { Cooperative } from './cooperative';
import type { AnnualReportFiled, CooperativeEvent, ReportingEvent } from './cooperative.events';
import {
  daysOverdue,
  noticeIdOf,
  plannedLadder,
  reportingApplies,
  yearsToTrack,
  type LadderStep,
  type ReminderPolicy,
  type ReportingRecord,
  type ReportObligation,
} from './reporting';
import { reportDueOn } from './reporting.rules';

/**
 * What the passing of time does to the yearly reports by `today`: this year's and last year's obligations are
 * tracked; each ladder step that fell due is taken, in order. Of several reminders due at once only the latest is
 * sent (the others are superseded: one late reminder, not a burst), then the follow-up task, then the warning.
 */
export function reportingTimeEvents(
  cooperative: Cooperative,
  today: IsoDate,
  policy: ReminderPolicy,
  rules: RuleBook,
): ReportingEvent[] {
  if (!reportingApplies(cooperative)) return [];
  const events: ReportingEvent[] = [];
  for (const year of yearsToTrack(cooperative, today, rules)) {
    const { dueOn, legalBasis } = reportDueOn(year, rules);
    events.push({
      type: 'ReportObligationOpened',
      data: { year, dueOn, openedOn: today, steps: plannedLadder(year, policy, rules) },
      legalBasis,
    });
  }
  const obligations = [
    ...(cooperative.reporting?.obligations ?? []),
    ...events.flatMap((event) =>
      event.type === 'ReportObligationOpened' ? [obligationOf(event.data, event.legalBasis!)] : [],
    ),
  ].filter((obligation) => obligation.status === 'open');
  for (const obligation of obligations) events.push(...ladderEvents(cooperative, obligation, today));
  return events;
}

function ladderEvents(cooperative: Cooperative, obligation: ReportObligation, today: IsoDate): ReportingEvent[] {
  const due = obligation.steps.filter((step) => step.status === 'pending' && compareIsoDates(step.on, today) <= 0);
  const events: ReportingEvent[] = [];
  const { year, legalBasis } = obligation;
  const reminders = due.filter((step) => step.kind === 'reminder');
  const latest = reminders[reminders.length - 1];
  if (latest) {
    events.push({
      type: 'ReportReminderIssued',
      data: {
        year,
        stepId: latest.stepId,
        on: today,
        noticeId: noticeIdOf(cooperative.cooperativeId, year, latest.stepId),
        superseded: reminders.slice(0, -1).map((step) => step.stepId),
      },
      legalBasis,
    });
  }
  for (const step of due) {
    if (step.kind === 'follow-up') {
      events.push({
        type: 'ReportFollowUpOpened',
        data: { year, stepId: step.stepId, on: today, daysOverdue: daysOverdue(obligation, today) },
        legalBasis,
      });
    }
    if (step.kind === 'warning') {
      events.push({
        type: 'ReportOverdueWarned',
        data: {
          year,
          stepId: step.stepId,
          on: today,
          daysOverdue: daysOverdue(obligation, today),
          noticeId: noticeIdOf(cooperative.cooperativeId, year, step.stepId),
        },
        legalBasis,
      });
    }
  }
  return events;
}

const obligationOf = (
  data: Extract<ReportingEvent, { type: 'ReportObligationOpened' }>['data'],
  legalBasis: ReportObligation['legalBasis'],
): ReportObligation => ({
  year: data.year,
  dueOn: data.dueOn,
  legalBasis,
  openedOn: data.openedOn,
  status: 'open',
  filedOn: null,
  warnedOn: null,
  steps: data.steps,
});

const EMPTY: ReportingRecord = { obligations: [], filed: [] };

function withObligation(
  reporting: ReportingRecord,
  year: number,
  change: (obligation: ReportObligation) => ReportObligation,
): ReportingRecord {
  return {
    ...reporting,
    obligations: reporting.obligations.map((obligation) =>
      obligation.year === year ? change(obligation) : obligation,
    ),
  };
}

const withStep = (obligation: ReportObligation, stepId: string, change: (step: LadderStep) => LadderStep) => ({
  ...obligation,
  steps: obligation.steps.map((step) => (step.stepId === stepId ? change(step) : step)),
});

/** Folds a reporting event, or a report filed, into the record. */
export function evolveReporting(
  state: Cooperative,
  event: ReportingEvent | AnnualReportFiled,
): Cooperative['reporting'] {
  const reporting = state.reporting;
  switch (event.type) {
    case 'ReportObligationOpened':
      return {
        ...(reporting ?? EMPTY),
        obligations: [...(reporting ?? EMPTY).obligations, obligationOf(event.data, event.legalBasis!)],
      };
    case 'AnnualReportFiled': {
      const { year, filedOn } = event.data;
      const document = event.data.document ?? 'activity-report';
      const revenue = event.data.revenue;
      const entry = { year, document, filedOn, ...(revenue !== undefined ? { revenue } : {}) };
      const known = reporting ?? EMPTY;
      const filed = { ...known, filed: [...known.filed, entry] };
      if (document !== 'activity-report') return filed;
      return withObligation(filed, year, (obligation) =>
        obligation.status === 'filed'
          ? obligation
          : {
              ...obligation,
              status: 'filed',
              filedOn,
              steps: obligation.steps.map((step) =>
                step.status === 'pending' ? { ...step, status: 'cancelled' } : step,
              ),
            },
      );
    }
    case 'ReportReminderIssued': {
      if (!reporting) return reporting;
      const { year, stepId, on, noticeId, superseded } = event.data;
      return withObligation(reporting, year, (obligation) => ({
        ...obligation,
        steps: obligation.steps.map((step) =>
          step.stepId === stepId
            ? { ...step, status: 'done', doneOn: on, noticeId }
            : superseded.includes(step.stepId)
              ? { ...step, status: 'skipped' }
              : step,
        ),
      }));
    }
    case 'ReportFollowUpOpened': {
      if (!reporting) return reporting;
      const { year, stepId, on } = event.data;
      return withObligation(reporting, year, (obligation) =>
        withStep(obligation, stepId, (step) => ({ ...step, status: 'done', doneOn: on })),
      );
    }
    case 'ReportOverdueWarned': {
      if (!reporting) return reporting;
      const { year, stepId, on, noticeId } = event.data;
      return withObligation(reporting, year, (obligation) => ({
        ...withStep(obligation, stepId, (step) => ({ ...step, status: 'done', doneOn: on, noticeId })),
        warnedOn: on,
      }));
    }
    case 'NoticeDeliveryAttempted': {
      if (!reporting) return reporting;
      const { noticeId, attempt, outcome, recipient, at, final } = event.data;
      return {
        ...reporting,
        obligations: reporting.obligations.map((obligation) => ({
          ...obligation,
          steps: obligation.steps.map((step) =>
            step.noticeId === noticeId
              ? { ...step, delivery: { outcome, attempts: attempt, recipient, at, final } }
              : step,
          ),
        })),
      };
    }
  }
}

/** Notices issued whose delivery has not reached a final outcome: what a workflow still has to deliver. */
export function undeliveredNotices(cooperative: Cooperative | null): string[] {
  return (cooperative?.reporting?.obligations ?? []).flatMap((obligation) =>
    obligation.steps.flatMap((step) => (step.noticeId && !step.delivery?.final ? [step.noticeId] : [])),
  );
}

export const isReportingEvent = (event: CooperativeEvent): event is ReportingEvent =>
  event.type === 'ReportObligationOpened' ||
  event.type === 'ReportReminderIssued' ||
  event.type === 'ReportFollowUpOpened' ||
  event.type === 'ReportOverdueWarned' ||
  event.type === 'NoticeDeliveryAttempted';
