import { addDays, formatVietnamese } from '../calendar/calendar-date';
import { DomainError, type FieldProblem } from '../shared/domain-error';
import type { Decider } from '../shared/decider';
import type { RuleBook } from '../legal/rule-pack';
import { compareIsoDates, isIsoDate, type IsoDate } from '../shared/iso-date';
import { text, type LocalizedText } from '../shared/localized-text';
import type { Cooperative, CooperativeState, OperatingEvidence } from './cooperative';
import type {
  CooperativeCommand,
  DecideDormancy,
  DecideSupport,
  DecisionContext,
  RecordDisbursement,
  RecordFact,
  RegisterCooperative,
  RequestSupport,
  RegistrationDetails,
} from './cooperative.commands';
import type { CooperativeEvent, FactEvent } from './cooperative.events';
import {
  caseFromDormancy,
  decideDissolutionStep,
  decideOpenDissolution,
  dissolutionTimeEvents,
  evolveDissolution,
} from './dissolution.decider';
import { groundsMet, memberMinimumOn, monthsBetween } from './dormancy';
import { BUILT_IN_RULES } from '../legal/rule-packs';
import { openDissolution } from './dissolution';
import { ACTIVITY_LABELS, checkFact, factBasis } from './facts';
import { evolveReporting, reportingTimeEvents } from './reporting.decider';
import { checkRegistration, normalizeRegistration, registrationBasis } from './registration.rules';
import { checkDisbursement, checkSupportRequest, evolveSupport, requireSupport, supportBasis } from './support';

export function decide(
  command: CooperativeCommand,
  state: CooperativeState,
  context: DecisionContext,
): CooperativeEvent[] {
  if (command.type === 'RegisterCooperative') return register(command, state, context);
  const cooperative = requireRegistered(state);
  switch (command.type) {
    case 'RecordFact':
      return recordFact(command, cooperative, context);
    case 'AdvanceTime':
      return advanceTime(cooperative, context);
    case 'FlagDormancy':
      return flagDormancy(cooperative, context, command.data.flaggedBy);
    case 'DecideDormancy':
      return decideDormancy(command, cooperative, context);
    case 'RequestSupport':
      return requestSupport(command, cooperative, context);
    case 'DecideSupport':
      return decideSupport(command, cooperative, context);
    case 'RecordDisbursement':
      return recordDisbursement(command, cooperative, context.today);
    case 'OpenDissolution':
      return decideOpenDissolution(command, cooperative, context);
    case 'RecordDissolutionStep':
      return decideDissolutionStep(command, cooperative, context);
  }
}

/**
 * The minimum a member count was judged against: the one recorded with the event, or for events recorded before the
 * rule packs, the built-in value (no correction existed then).
 */
const recordedMinimum = (data: { kind: Cooperative['kind']; memberMinimum?: number }, on: IsoDate) =>
  data.memberMinimum ?? memberMinimumOn(BUILT_IN_RULES, data.kind, on);

const latest = (a: IsoDate, b: IsoDate) => (compareIsoDates(a, b) >= 0 ? a : b);

/** Evidence of operating moves forward only: a fact dated before the latest one adds to the log, not to the clock. */
function operatedOn(evidence: OperatingEvidence, on: IsoDate, by: LocalizedText): OperatingEvidence {
  return compareIsoDates(on, evidence.lastOperatingOn) > 0
    ? { ...evidence, lastOperatingOn: on, lastOperatingBy: by }
    : evidence;
}

const evidenceLine = (on: IsoDate, vi: string, en: string) =>
  text(
    `Lần cuối có bằng chứng hoạt động ngày ${formatVietnamese(on)}: ${vi}`,
    `Last evidence of operating on ${on}: ${en}`,
  );

export function evolve(state: CooperativeState, event: CooperativeEvent): CooperativeState {
  if (event.type === 'CooperativeRegistered') {
    const { registeredOn } = event.data;
    return {
      ...event.data,
      registeredMemberCount: event.data.memberCount,
      status: 'active',
      evidence: {
        lastOperatingOn: registeredOn,
        lastOperatingBy: evidenceLine(registeredOn, 'đăng ký', 'registration'),
        lastGeneralMeetingOn: null,
        lastReport: null,
        belowMinimumSince: event.data.memberCount < recordedMinimum(event.data, registeredOn) ? registeredOn : null,
        clocksRestartedOn: null,
      },
      suspension: null,
      dormancy: null,
      support: [],
    };
  }
  if (state === null) return null;
  const { evidence } = state;
  switch (event.type) {
    case 'AnnualReportFiled': {
      const { year, filedOn } = event.data;
      const activityReport = (event.data.document ?? 'activity-report') === 'activity-report';
      const newer = activityReport && (!evidence.lastReport || year > evidence.lastReport.year);
      const withReport = newer ? { ...evidence, lastReport: { year, filedOn } } : evidence;
      const reporting = evolveReporting(state, event);
      return {
        ...state,
        ...(reporting ? { reporting } : {}),
        evidence: operatedOn(
          withReport,
          filedOn,
          activityReport
            ? evidenceLine(filedOn, `báo cáo năm ${year}`, `annual report ${year}`)
            : evidenceLine(filedOn, `báo cáo tài chính năm ${year}`, `financial statement ${year}`),
        ),
      };
    }
    case 'NoticeAddressChanged':
      return { ...state, noticeEmail: event.data.email };
    case 'ReportObligationOpened':
    case 'ReportReminderIssued':
    case 'ReportFollowUpOpened':
    case 'ReportOverdueWarned':
    case 'NoticeDeliveryAttempted':
      return { ...state, reporting: evolveReporting(state, event) };
    case 'GeneralMeetingHeld': {
      const { heldOn, meeting } = event.data;
      const withMeeting =
        meeting === 'annual'
          ? { ...evidence, lastGeneralMeetingOn: latest(heldOn, evidence.lastGeneralMeetingOn ?? heldOn) }
          : evidence;
      return {
        ...state,
        evidence: operatedOn(withMeeting, heldOn, evidenceLine(heldOn, 'đại hội thành viên', 'a general meeting')),
      };
    }
    case 'MemberCountChanged': {
      const { memberCount, changedOn } = event.data;
      const below = memberCount < recordedMinimum({ ...event.data, kind: state.kind }, changedOn);
      return {
        ...state,
        memberCount,
        evidence: { ...evidence, belowMinimumSince: below ? (evidence.belowMinimumSince ?? changedOn) : null },
      };
    }
    case 'OperatingActivityRecorded': {
      const { on, activity } = event.data;
      const label = ACTIVITY_LABELS[activity];
      return { ...state, evidence: operatedOn(evidence, on, evidenceLine(on, label.vi, label.en)) };
    }
    case 'SuspensionNoticed': {
      const { noticeOn, from, until } = event.data;
      const current = state.suspension;
      return {
        ...state,
        suspension:
          current && state.status === 'suspended'
            ? { ...current, noticeOn, until, resumeOn: null }
            : { noticeOn, from, until, resumeOn: null, started: false, consecutiveSince: from },
      };
    }
    case 'ResumptionNoticed':
      return state.suspension
        ? { ...state, suspension: { ...state.suspension, resumeOn: event.data.resumeOn } }
        : state;
    case 'SuspensionStarted':
      return state.suspension
        ? { ...state, status: 'suspended', suspension: { ...state.suspension, started: true } }
        : state;
    case 'SuspensionEnded': {
      const { on } = event.data;
      return {
        ...state,
        status: 'active',
        suspension: null,
        evidence: operatedOn(
          evidence,
          on,
          evidenceLine(on, 'hết thời gian tạm ngừng kinh doanh', 'the end of a suspension'),
        ),
      };
    }
    case 'DormancyFlagged':
      return {
        ...state,
        dormancy: {
          stage: 'under-review',
          openedOn: event.data.on,
          grounds: event.data.grounds,
          flaggedBy: event.data.flaggedBy,
          evidenceDueOn: null,
          confirmedOn: null,
          path: null,
        },
      };
    case 'DormancyEvidenceRequested':
      return state.dormancy
        ? { ...state, dormancy: { ...state.dormancy, stage: 'evidence-requested', evidenceDueOn: event.data.dueOn } }
        : state;
    case 'DormancyEvidenceOverdue':
      return state.dormancy
        ? { ...state, dormancy: { ...state.dormancy, stage: 'under-review', evidenceDueOn: null } }
        : state;
    case 'DormancyResolvedByEvidence':
      return { ...state, dormancy: null };
    case 'DormancyConfirmed':
      return state.dormancy
        ? {
            ...state,
            dormancy: { ...state.dormancy, stage: 'confirmed', confirmedOn: event.data.on, path: event.data.path },
          }
        : state;
    case 'DormancyDismissed': {
      const { evidenceOn } = event.data;
      const restarted = operatedOn(
        evidence,
        evidenceOn,
        evidenceLine(
          evidenceOn,
          'cán bộ xác nhận khi bác bỏ đề nghị xem xét',
          'confirmed by an officer dismissing a review',
        ),
      );
      return {
        ...state,
        dormancy: null,
        evidence: { ...restarted, clocksRestartedOn: latest(evidenceOn, evidence.clocksRestartedOn ?? evidenceOn) },
      };
    }
    case 'RegistrationChangeFiled':
      return {
        ...state,
        evidence: operatedOn(
          evidence,
          event.data.filedOn,
          evidenceLine(event.data.filedOn, 'đăng ký thay đổi', 'a registration of changes'),
        ),
      };
    case 'CapitalRaised':
      return {
        ...state,
        evidence: operatedOn(
          evidence,
          event.data.raisedOn,
          evidenceLine(event.data.raisedOn, 'huy động vốn', 'capital raised'),
        ),
      };
    case 'RegimeConverted': {
      const { from, to, convertedOn, campaignId } = event.data;
      const change = { from, to, on: convertedOn, campaignId };
      return { ...state, regime: to, regimeChanges: [...(state.regimeChanges ?? []), change] };
    }
    case 'CooperativeConvertedOut':
      return { ...state, status: 'converted-out' };
    case 'DissolutionOpened':
    case 'DissolutionStepCompleted':
    case 'DissolutionDeadlineMissed':
    case 'DissolutionDossierReturned':
    case 'DissolutionCourtDecisionRecorded':
    case 'DissolutionCompleted':
    case 'DissolutionDropped':
      return evolveDissolution(state, event);
    case 'FactRefused':
      return state;
    case 'SupportRequested':
    case 'SupportApproved':
    case 'SupportRefused':
    case 'SupportDisbursed':
      return { ...state, support: evolveSupport(state.support, event) };
  }
}

export function initialState(): CooperativeState {
  return null;
}

export const cooperativeDecider: Decider<CooperativeCommand, CooperativeEvent, CooperativeState, DecisionContext> = {
  decide,
  evolve,
  initialState,
};

function requireRegistered(state: CooperativeState): Cooperative {
  if (state) return state;
  throw new DomainError(
    'NOT_REGISTERED',
    text('Hợp tác xã chưa có trong sổ đăng ký.', 'The cooperative is not in the registry yet.'),
  );
}

function register(command: RegisterCooperative, state: CooperativeState, context: DecisionContext): CooperativeEvent[] {
  const details = normalizeRegistration(command.data);
  const problems = checkRegistration(details, context.today);
  if (problems.length > 0) {
    throw new DomainError(
      'INVALID_COMMAND',
      text('Thông tin đăng ký chưa hợp lệ.', 'The registration details are not valid.'),
      problems,
    );
  }
  if (state !== null) {
    if (isSameRegistration(state, details)) return [];
    throw registrationCodeTaken(state);
  }
  return [
    {
      type: 'CooperativeRegistered',
      data: {
        cooperativeId: details.cooperativeId,
        registrationCode: details.registrationCode,
        name: details.name,
        kind: details.kind,
        sector: details.sector,
        territoryCode: details.territoryCode,
        regime: details.regime,
        registeredOn: details.registeredOn,
        memberCount: details.memberCount,
        memberMinimum: memberMinimumOn(context.rules, details.kind, details.registeredOn),
        ...(command.data.carriedOver ? { carriedOverOn: context.today } : {}),
      },
      legalBasis: registrationBasis(context.rules, details.regime, details.registeredOn),
    },
  ];
}

function factEvent(command: RecordFact, cooperative: Cooperative, rules: RuleBook): FactEvent {
  const { factId, fact } = command.data;
  const legalBasis = factBasis(fact, cooperative, rules);
  switch (fact.kind) {
    case 'annual-report':
      return {
        type: 'AnnualReportFiled',
        data: {
          factId,
          year: fact.year,
          filedOn: fact.filedOn,
          reference: fact.reference,
          ...(fact.document ? { document: fact.document } : {}),
          ...(fact.revenue !== undefined ? { revenue: fact.revenue } : {}),
        },
        legalBasis,
      };
    case 'general-meeting':
      return {
        type: 'GeneralMeetingHeld',
        data: { factId, heldOn: fact.heldOn, meeting: fact.meeting, note: fact.note },
        legalBasis,
      };
    case 'member-count':
      return {
        type: 'MemberCountChanged',
        data: {
          factId,
          changedOn: fact.changedOn,
          memberCount: fact.memberCount,
          previous: cooperative.memberCount,
          note: fact.note,
          memberMinimum: memberMinimumOn(rules, cooperative.kind, fact.changedOn),
        },
        legalBasis,
      };
    case 'activity':
      return {
        type: 'OperatingActivityRecorded',
        data: { factId, on: fact.on, activity: fact.activity, description: fact.description },
        legalBasis,
      };
    case 'suspension-notice':
      return {
        type: 'SuspensionNoticed',
        data: { factId, noticeOn: fact.noticeOn, from: fact.from, until: fact.until, note: fact.note },
        legalBasis,
      };
    case 'resumption-notice':
      return {
        type: 'ResumptionNoticed',
        data: { factId, noticeOn: fact.noticeOn, resumeOn: fact.resumeOn, note: fact.note },
        legalBasis,
      };
    case 'registration-change':
      return {
        type: 'RegistrationChangeFiled',
        data: { factId, filedOn: fact.filedOn, change: fact.change, description: fact.description },
        legalBasis,
      };
    case 'notice-address':
      return {
        type: 'NoticeAddressChanged',
        data: { factId, changedOn: fact.changedOn, email: fact.email.trim().toLowerCase() },
        legalBasis,
      };
    case 'capital-raised':
      return {
        type: 'CapitalRaised',
        data: { factId, raisedOn: fact.raisedOn, amount: fact.amount, note: fact.note },
        legalBasis,
      };
    case 'regime-converted':
      return {
        type: 'RegimeConverted',
        data: {
          factId,
          from: cooperative.regime,
          to: fact.to,
          convertedOn: fact.convertedOn,
          reference: fact.reference,
          campaignId: fact.campaignId,
        },
        legalBasis,
      };
    case 'converted-out':
      return {
        type: 'CooperativeConvertedOut',
        data: { factId, convertedOn: fact.convertedOn, note: fact.note, campaignId: fact.campaignId },
        legalBasis,
      };
  }
}

/** A fact, then what it changes at once: an open dormancy case whose grounds the new evidence ended is closed. */
function recordFact(command: RecordFact, cooperative: Cooperative, context: DecisionContext): CooperativeEvent[] {
  const problems = checkFact(cooperative, command.data.fact, context);
  if (problems.length > 0) {
    throw new DomainError('INVALID_COMMAND', text('Thông tin chưa hợp lệ.', 'The fact is not valid.'), problems);
  }
  const recorded = factEvent(command, cooperative, context.rules);
  const after = evolve(cooperative, recorded)!;
  const events: CooperativeEvent[] = [recorded];
  const open = after.dormancy;
  if (open && open.stage !== 'confirmed' && groundsMet(after, context.today, context.rules).length === 0) {
    events.push({
      type: 'DormancyResolvedByEvidence',
      data: { on: context.today, factId: command.data.factId },
      legalBasis: null,
    });
  }
  return events;
}

/** The last day of a suspension: the day before the resumption, or the end of the notified period. */
const suspensionEnd = (suspension: NonNullable<Cooperative['suspension']>) =>
  suspension.resumeOn ? addDays(suspension.resumeOn, -1) : suspension.until;

/** Every consequence of time passing up to `today`, in the order they fell due. */
function advanceTime(cooperative: Cooperative, context: DecisionContext): CooperativeEvent[] {
  const { today } = context;
  const events: CooperativeEvent[] = [];
  let state: Cooperative = cooperative;
  const push = (event: CooperativeEvent) => {
    events.push(event);
    state = evolve(state, event)!;
  };
  const { suspension } = state;
  if (suspension && !suspension.started && compareIsoDates(suspension.from, today) <= 0) {
    push({ type: 'SuspensionStarted', data: { on: suspension.from }, legalBasis: null });
  }
  if (state.suspension?.started) {
    const lastDay = suspensionEnd(state.suspension);
    if (compareIsoDates(lastDay, today) < 0) {
      push({
        type: 'SuspensionEnded',
        data: { on: addDays(lastDay, 1), reason: state.suspension.resumeOn ? 'resumed' : 'period-ended' },
        legalBasis: null,
      });
    }
  }
  if (state.dormancy?.stage === 'evidence-requested' && state.dormancy.evidenceDueOn) {
    if (compareIsoDates(state.dormancy.evidenceDueOn, today) < 0) {
      push({
        type: 'DormancyEvidenceOverdue',
        data: { on: today, dueOn: state.dormancy.evidenceDueOn },
        legalBasis: null,
      });
    }
  }
  events.push(...dissolutionTimeEvents(state, context));
  events.push(...flagDormancy(state, context, 'system'));
  if (context.reminderPolicy) {
    const after = events.reduce<Cooperative>((folded, event) => evolve(folded, event)!, cooperative);
    events.push(...reportingTimeEvents(after, today, context.reminderPolicy, context.rules));
  }
  return events;
}

/** A cooperative already under review, or already in a dissolution or revocation, is not flagged again. */
function flagDormancy(cooperative: Cooperative, context: DecisionContext, flaggedBy: string): CooperativeEvent[] {
  if (cooperative.dormancy || openDissolution(cooperative.dissolutions)) return [];
  const { today } = context;
  const grounds = groundsMet(cooperative, today, context.rules);
  if (grounds.length === 0) return [];
  return [{ type: 'DormancyFlagged', data: { on: today, grounds, flaggedBy }, legalBasis: grounds[0].legalBasis }];
}

function decideDormancy(
  command: DecideDormancy,
  cooperative: Cooperative,
  context: DecisionContext,
): CooperativeEvent[] {
  const { today } = context;
  const open = cooperative.dormancy;
  if (!open || open.stage === 'confirmed') {
    throw new DomainError(
      'INVALID_COMMAND',
      text('Không có hồ sơ xem xét ngừng hoạt động đang mở.', 'There is no open dormancy case.'),
    );
  }
  const decision = command.data;
  switch (decision.decision) {
    case 'confirm': {
      const dissolution = open.grounds.some((ground) => ground.effect === 'dissolution-ground');
      const confirmed: CooperativeEvent = {
        type: 'DormancyConfirmed',
        data: {
          on: today,
          path: dissolution ? 'compulsory-dissolution' : 'revocation-proceeding',
          comment: decision.comment,
        },
        legalBasis: open.grounds[0].legalBasis,
      };
      if (openDissolution(cooperative.dissolutions)) return [confirmed];
      return [confirmed, caseFromDormancy(cooperative, open, decision.by, context)];
    }
    case 'dismiss': {
      const earliest = open.grounds.reduce(
        (first, ground) => (compareIsoDates(ground.since, first) < 0 ? ground.since : first),
        today,
      );
      if (
        !isIsoDate(decision.evidenceOn) ||
        compareIsoDates(decision.evidenceOn, today) > 0 ||
        compareIsoDates(decision.evidenceOn, earliest) < 0
      ) {
        throw new DomainError(
          'INVALID_COMMAND',
          text('Ngày có bằng chứng không hợp lệ.', 'The evidence date is not valid.'),
          [
            {
              field: 'evidenceOn',
              reason: text(
                `Ngày có bằng chứng hoạt động phải từ ${formatVietnamese(earliest)} đến hôm nay.`,
                `The evidence date must fall between ${earliest} and today.`,
              ),
            },
          ],
        );
      }
      return [
        {
          type: 'DormancyDismissed',
          data: { on: today, reason: decision.reason, evidenceOn: decision.evidenceOn },
          legalBasis: null,
        },
      ];
    }
    case 'request-evidence':
      if (!isIsoDate(decision.dueOn) || compareIsoDates(decision.dueOn, today) <= 0) {
        throw new DomainError(
          'INVALID_COMMAND',
          text('Hạn nộp bằng chứng không hợp lệ.', 'The evidence deadline is not valid.'),
          [{ field: 'evidenceDueOn', reason: text('Hạn phải sau hôm nay.', 'The deadline must come after today.') }],
        );
      }
      return [
        {
          type: 'DormancyEvidenceRequested',
          data: { on: today, dueOn: decision.dueOn, comment: decision.comment },
          legalBasis: null,
        },
      ];
  }
}

const invalid = (problems: FieldProblem[]) =>
  new DomainError('INVALID_COMMAND', text('Thông tin chưa hợp lệ.', 'The request is not valid.'), problems);

function requestSupport(
  command: RequestSupport,
  cooperative: Cooperative,
  context: DecisionContext,
): CooperativeEvent[] {
  const { today, rules } = context;
  const problems = checkSupportRequest(cooperative, command.data);
  if (problems.length > 0) throw invalid(problems);
  const { supportId, kind, description, programme, requestedAmount, requestedBy } = command.data;
  return [
    {
      type: 'SupportRequested',
      data: {
        supportId,
        kind,
        description,
        programme,
        requestedAmount,
        requestedOn: today,
        requestedBy,
        monthsSinceRegistration: monthsBetween(cooperative.registeredOn, today),
      },
      legalBasis: supportBasis(rules, today),
    },
  ];
}

function decideSupport(command: DecideSupport, cooperative: Cooperative, context: DecisionContext): CooperativeEvent[] {
  const { today, rules } = context;
  const record = requireSupport(cooperative, command.data.supportId);
  if (record.status !== 'requested') {
    throw invalid([
      { field: 'supportId', reason: text('Đề nghị này đã được quyết định.', 'This request was decided already.') },
    ]);
  }
  const decision = command.data;
  if (decision.decision === 'refuse') {
    return [
      {
        type: 'SupportRefused',
        data: { supportId: record.supportId, reason: decision.reason, on: today, by: decision.by },
        legalBasis: null,
      },
    ];
  }
  if (
    !Number.isSafeInteger(decision.approvedAmount) ||
    decision.approvedAmount < 0 ||
    decision.approvedAmount > record.requestedAmount
  ) {
    throw invalid([
      {
        field: 'approvedAmount',
        reason: text(
          `Số được duyệt phải từ 0 đến số đề nghị (${record.requestedAmount} đồng).`,
          `The approved amount must be between 0 and the amount requested (${record.requestedAmount}).`,
        ),
      },
    ]);
  }
  return [
    {
      type: 'SupportApproved',
      data: { supportId: record.supportId, approvedAmount: decision.approvedAmount, on: today, by: decision.by },
      legalBasis: supportBasis(rules, today),
    },
  ];
}

function recordDisbursement(command: RecordDisbursement, cooperative: Cooperative, today: IsoDate): CooperativeEvent[] {
  const { supportId, amount, disbursedOn } = command.data;
  const record = requireSupport(cooperative, supportId);
  const problems = checkDisbursement(record, amount, disbursedOn, today);
  if (problems.length > 0) throw invalid(problems);
  return [{ type: 'SupportDisbursed', data: { supportId, amount, on: disbursedOn }, legalBasis: null }];
}

/** A repeated registration with the same details is harmless; the cooperative id is the registry's, not the caller's. */
export function isSameRegistration(existing: Cooperative, details: RegistrationDetails): boolean {
  const normalized = normalizeRegistration(details);
  return (
    existing.registrationCode === normalized.registrationCode &&
    existing.name === normalized.name &&
    existing.kind === normalized.kind &&
    existing.sector === normalized.sector &&
    existing.territoryCode === normalized.territoryCode &&
    existing.regime === normalized.regime &&
    existing.registeredOn === normalized.registeredOn &&
    existing.registeredMemberCount === normalized.memberCount
  );
}

export function registrationCodeTaken(existing: Cooperative): DomainError {
  return new DomainError(
    'REGISTRATION_CODE_TAKEN',
    text(
      `Mã số ${existing.registrationCode} đã được đăng ký cho "${existing.name}" với thông tin khác.`,
      `Registration code ${existing.registrationCode} is already registered to "${existing.name}" with different details.`,
    ),
    [
      {
        field: 'registrationCode',
        reason: text('Mã số này đã có trong sổ đăng ký.', 'This code is already in the registry.'),
        fix: text(
          'Kiểm tra lại mã số. Muốn sửa thông tin của hợp tác xã đã có thì làm thủ tục đăng ký thay đổi.',
          'Check the code. To change the details of a cooperative already registered, file a change instead.',
        ),
      },
    ],
  );
}
