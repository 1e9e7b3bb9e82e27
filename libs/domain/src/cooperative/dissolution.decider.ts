import { DomainError } from '../shared/domain-error';
import { text } from '../shared/localized-text';
import type { Cooperative } from './cooperative';
import type { DecisionContext, OpenDissolution, RecordDissolutionStep } from './cooperative.commands';
import type { CooperativeEvent, DissolutionEvent } from './cooperative.events';
import {
  anchorOf,
  openDissolution,
  stepDefinition,
  stepsBecomingDue,
  type DissolutionCase,
  type DissolutionStepId,
} from './dissolution';
import {
  checkDissolutionRequest,
  checkStepRecord,
  completionOf,
  courtDecisionOnOpenCase,
  DECISION_OPTIONS,
  dissolutionTimeEffects,
  openedCase,
  wentAhead,
  withDue,
  type DissolutionRequest,
} from './dissolution.rules';
import type { DormancyCase } from './dormancy';

const refused = (problems: ReturnType<typeof checkDissolutionRequest>) =>
  new DomainError('INVALID_COMMAND', text('Yêu cầu chưa hợp lệ.', 'The request is not valid.'), problems);

/** Opens a case, or records a court decision on the one already open; the same case id again changes nothing. */
export function decideOpenDissolution(
  command: OpenDissolution,
  cooperative: Cooperative,
  context: DecisionContext,
): CooperativeEvent[] {
  const request = command.data;
  if ((cooperative.dissolutions ?? []).some((existing) => existing.caseId === request.caseId)) return [];
  const problems = checkDissolutionRequest(cooperative, request, context.today, context.rules);
  if (problems.length > 0) throw refused(problems);
  const open = openDissolution(cooperative.dissolutions);
  if (open && request.courtDecision) {
    if (open.courtDecision?.reference === request.courtDecision.reference) return [];
    return [
      {
        type: 'DissolutionCourtDecisionRecorded',
        data: {
          caseId: open.caseId,
          dissolution: courtDecisionOnOpenCase(open, request.courtDecision, context),
        },
        legalBasis: open.groundBasis,
      },
    ];
  }
  const dissolution = openedCase(cooperative, request, context);
  return [{ type: 'DissolutionOpened', data: { dissolution }, legalBasis: dissolution.groundBasis }];
}

const stepOf = (dissolution: DissolutionCase, stepId: DissolutionStepId) =>
  dissolution.steps.find((candidate) => candidate.stepId === stepId);

/** The case a confirmed dormancy opens: compulsory dissolution for a 2012 ground, a revocation proceeding under 2023. */
export function caseFromDormancy(
  cooperative: Cooperative,
  dormancy: DormancyCase,
  by: DissolutionRequest['openedBy'],
  context: DecisionContext,
): DissolutionEvent {
  const ground = dormancy.grounds[0];
  const request: DissolutionRequest = {
    caseId: `dormancy-${dormancy.openedOn}`,
    kind: ground.effect === 'dissolution-ground' ? 'compulsory' : 'revocation',
    ground: ground.ground,
    groundOn: ground.dueOn,
    openedBy: by,
  };
  const dissolution = openedCase(cooperative, request, context);
  return { type: 'DissolutionOpened', data: { dissolution }, legalBasis: dissolution.groundBasis };
}

/** A step done; a decision either way: the positive one may end the case as dissolved, the negative one drops or returns it. */
export function decideDissolutionStep(
  command: RecordDissolutionStep,
  cooperative: Cooperative,
  context: DecisionContext,
): CooperativeEvent[] {
  const { via, ...record } = command.data;
  const problems = checkStepRecord(cooperative, record, context.today, via);
  if (problems.length > 0) throw refused(problems);
  const dissolution = openDissolution(cooperative.dissolutions)!;
  const definition = stepDefinition(dissolution.plan, record.stepId)!;
  const options = DECISION_OPTIONS[record.stepId];
  if (options && record.outcome === options.negative) {
    if (record.stepId === 'confirmation') {
      return [
        {
          type: 'DissolutionDossierReturned',
          data: { caseId: dissolution.caseId, on: context.today, reason: record.note },
          legalBasis: null,
        },
      ];
    }
    return [
      {
        type: 'DissolutionStepCompleted',
        data: {
          caseId: dissolution.caseId,
          stepId: record.stepId,
          completion: completionOf(record),
          becameDue: [],
          council: null,
        },
        legalBasis: null,
      },
      {
        type: 'DissolutionDropped',
        data: { caseId: dissolution.caseId, on: context.today, stepId: record.stepId, reason: record.note },
        legalBasis: null,
      },
    ];
  }
  if (options && record.outcome !== options.positive) {
    throw refused([
      {
        field: 'outcome',
        reason: text(
          `Quyết định phải là "${options.positive}" hoặc "${options.negative}".`,
          `The decision must be "${options.positive}" or "${options.negative}".`,
        ),
      },
    ]);
  }
  const completion = completionOf(record);
  const done: DissolutionCase = {
    ...dissolution,
    steps: dissolution.steps.map((current) =>
      current.stepId === record.stepId ? { ...current, status: 'done', completion } : current,
    ),
  };
  const events: CooperativeEvent[] = [
    {
      type: 'DissolutionStepCompleted',
      data: {
        caseId: dissolution.caseId,
        stepId: record.stepId,
        completion,
        becameDue: stepsBecomingDue(done, anchorOf(done), context.calendar, context.rules),
        council: record.council ?? null,
      },
      legalBasis: stepOf(dissolution, record.stepId)?.due?.legalBasis ?? dissolution.groundBasis,
    },
  ];
  if (definition.sets === 'dissolved') {
    events.push({
      type: 'DissolutionCompleted',
      data: { caseId: dissolution.caseId, on: context.today },
      legalBasis: dissolution.groundBasis,
    });
  }
  return events;
}

/** Time passing on an open case: answer windows close by themselves; a missed deadline is escalated once. */
export function dissolutionTimeEvents(cooperative: Cooperative, context: DecisionContext): CooperativeEvent[] {
  const { today } = context;
  const dissolution = openDissolution(cooperative.dissolutions);
  if (!dissolution) return [];
  const { windowsEnded, missed } = dissolutionTimeEffects(dissolution, today);
  const events: CooperativeEvent[] = [];
  let current = dissolution;
  for (const stepId of windowsEnded) {
    const completion = {
      completedOn: today,
      reference: '',
      note: 'Hết thời hạn giải trình / The response window ended',
      outcome: 'window-ended',
      by: { id: 'system', displayName: 'Hệ thống / System' },
    };
    current = {
      ...current,
      steps: current.steps.map((candidate) =>
        candidate.stepId === stepId ? { ...candidate, status: 'done', completion } : candidate,
      ),
    };
    const becameDue = stepsBecomingDue(current, anchorOf(current), context.calendar, context.rules);
    current = withDue(current, becameDue);
    events.push({
      type: 'DissolutionStepCompleted',
      data: { caseId: dissolution.caseId, stepId, completion, becameDue, council: null },
      legalBasis: stepOf(dissolution, stepId)?.due?.legalBasis ?? null,
    });
  }
  if (missed.length > 0) {
    events.push({
      type: 'DissolutionDeadlineMissed',
      data: { caseId: dissolution.caseId, on: today, stepIds: missed },
      legalBasis: stepOf(dissolution, missed[0])?.due?.legalBasis ?? null,
    });
  }
  return events;
}

/** How each case event changes the record (the status a step sets, the case's stage, the dormancy case it closes). */
export function evolveDissolution(state: Cooperative, event: DissolutionEvent): Cooperative {
  const cases = state.dissolutions ?? [];
  const update = (caseId: string, change: (dissolution: DissolutionCase) => DissolutionCase) =>
    cases.map((candidate) => (candidate.caseId === caseId ? change(candidate) : candidate));
  switch (event.type) {
    case 'DissolutionOpened': {
      const { dissolution } = event.data;
      const status = dissolution.plan === 'voluntary-2012' ? 'dissolving' : state.status;
      return { ...state, status, dissolutions: [...cases, dissolution] };
    }
    case 'DissolutionStepCompleted': {
      const { caseId, stepId, completion, becameDue, council } = event.data;
      const dissolution = cases.find((candidate) => candidate.caseId === caseId);
      if (!dissolution) return state;
      const definition = stepDefinition(dissolution.plan, stepId);
      const sets =
        wentAhead(stepId, completion.outcome) && definition?.sets && definition.sets !== 'dissolved'
          ? definition.sets
          : null;
      return {
        ...state,
        status: sets ?? state.status,
        dissolutions: update(caseId, (current) =>
          withDue(
            {
              ...current,
              council: council ?? current.council,
              steps: current.steps.map((candidate) =>
                candidate.stepId === stepId ? { ...candidate, status: 'done', completion } : candidate,
              ),
            },
            becameDue,
          ),
        ),
      };
    }
    case 'DissolutionDeadlineMissed': {
      const { caseId, on, stepIds } = event.data;
      return {
        ...state,
        dissolutions: update(caseId, (current) => ({
          ...current,
          steps: current.steps.map((candidate) =>
            stepIds.includes(candidate.stepId) ? { ...candidate, missedOn: on } : candidate,
          ),
        })),
      };
    }
    case 'DissolutionDossierReturned':
      return {
        ...state,
        dissolutions: update(event.data.caseId, (current) => ({
          ...current,
          steps: current.steps.map((candidate) => {
            if (candidate.stepId === 'dossier-filed') return { ...candidate, status: 'due', completion: null };
            if (candidate.stepId === 'confirmation') return { ...candidate, status: 'waiting', due: null };
            return candidate;
          }),
        })),
      };
    case 'DissolutionCourtDecisionRecorded':
      return { ...state, dissolutions: update(event.data.caseId, () => event.data.dissolution) };
    case 'DissolutionCompleted':
      return {
        ...state,
        status: 'dissolved',
        dissolutions: update(event.data.caseId, (current) => ({
          ...current,
          stage: 'dissolved',
          closedOn: event.data.on,
        })),
      };
    case 'DissolutionDropped': {
      const dropped = cases.find((candidate) => candidate.caseId === event.data.caseId);
      const fromDormancy = dropped?.caseId.startsWith('dormancy-') ?? false;
      return {
        ...state,
        status: dropped?.statusBefore ?? state.status,
        // The dormancy case that led here closes with it; its clocks run again from the day it was dropped.
        dormancy: fromDormancy ? null : state.dormancy,
        evidence: fromDormancy ? { ...state.evidence, clocksRestartedOn: event.data.on } : state.evidence,
        dissolutions: update(event.data.caseId, (current) => ({
          ...current,
          stage: 'dropped',
          closedOn: event.data.on,
        })),
      };
    }
  }
}
