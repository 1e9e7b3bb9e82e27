import { computeDeadline } from '../calendar/deadline';
import { WorkingCalendar } from '../calendar/working-calendar';
import { DomainError } from '../shared/domain-error';
import { text } from '../shared/localized-text';
import type { Task, TaskSpec } from './task';
import { evolveTask, type TaskEvent } from './task.events';
import { checkAssign, checkClaim, checkDecision, checkUnclaim, taskMilestones, type TaskActor } from './task.rules';

const calendar = new WorkingCalendar();

const spec: TaskSpec = {
  taskId: 'task-1',
  kind: 'establishment-decision',
  title: text('Quyết định cấp giấy chứng nhận', 'Decide on the registration certificate'),
  subject: {
    type: 'establishment-application',
    id: 'app-1',
    name: 'Hợp tác xã Nông nghiệp Ngọc Vân',
    territoryCode: '216',
  },
  reference: null,
  candidateRole: 'registration-officer',
  priority: 50,
  due: computeDeadline(calendar, '2026-02-13', { unit: 'working-days', count: 3 }),
  followUpOn: null,
  form: [
    {
      name: 'checkedOriginals',
      label: text('Đã đối chiếu bản gốc', 'Originals checked'),
      type: 'boolean',
      requiredFor: ['approve'],
    },
    { name: 'note', label: text('Ghi chú', 'Note'), type: 'text', requiredFor: [], maxLength: 20 },
  ],
  options: [
    {
      id: 'approve',
      label: text('Cấp giấy chứng nhận', 'Issue the certificate'),
      binding: true,
      requiresComment: false,
      consequence: text('Cấp', 'Issued'),
      legalBasis: null,
    },
    {
      id: 'propose',
      label: text('Đề xuất', 'Propose'),
      binding: false,
      requiresComment: false,
      consequence: text('Trình', 'Forwarded'),
      legalBasis: null,
    },
    {
      id: 'refuse',
      label: text('Từ chối', 'Refuse'),
      binding: true,
      requiresComment: true,
      consequence: text('Từ chối', 'Refused'),
      legalBasis: null,
    },
  ],
  why: {
    trigger: {
      event: 'ApplicationReviewed',
      occurredAt: '2026-02-13T03:00:00Z',
      summary: text('Đã thẩm định', 'Reviewed'),
    },
    rule: { ruleId: 'establishment.decision', summary: text('Quyết định', 'Decision'), legalBasis: null },
    ifIgnored: text('Nhắc việc rồi chuyển lãnh đạo', 'Reminder, then escalated'),
  },
  excludedDeciders: [{ actorId: 'can-bo.tanyen', reason: text('thẩm định hồ sơ', 'reviewed the dossier') }],
  escalation: {
    remindBefore: { unit: 'working-days', count: 1 },
    escalateAfter: { unit: 'working-days', count: 2 },
    expireAfter: null,
  },
};

const officer: TaskActor = { id: 'can-bo.tanyen', displayName: 'Nguyễn Văn An', roles: ['registration-officer'] };
const secondOfficer: TaskActor = {
  id: 'can-bo2.tanyen',
  displayName: 'Trần Thị Bình',
  roles: ['registration-officer'],
};
const head: TaskActor = { id: 'lanh-dao.tanyen', displayName: 'Lê Văn Cường', roles: ['head-of-authority'] };
const auditor: TaskActor = { id: 'thanh-tra', displayName: 'Phạm Thị Dung', roles: ['auditor'] };

function taskAfter(...events: TaskEvent[]): Task {
  return events.reduce<Task | null>((task, event) => evolveTask(task, event, '2026-02-20T02:00:00.000Z'), null)!;
}
const opened: TaskEvent = { type: 'TaskOpened', data: { taskId: 'task-1', spec }, legalBasis: null };
const claimedBy = (actor: TaskActor): TaskEvent => ({
  type: 'TaskClaimed',
  data: { taskId: 'task-1', assignee: { id: actor.id, displayName: actor.displayName } },
  legalBasis: null,
});
const decidedBy = (actor: TaskActor, optionId: string, comment = ''): TaskEvent => ({
  type: 'TaskDecided',
  data: {
    taskId: 'task-1',
    decision: {
      optionId,
      comment,
      formData: {},
      decidedBy: { id: actor.id, role: 'head-of-authority', displayName: actor.displayName },
      decidedAt: '2026-02-20T02:00:00.000Z',
    },
  },
  legalBasis: null,
});

function refusal(check: () => unknown): DomainError {
  try {
    check();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('claiming and assigning', () => {
  it('lets a candidate claim an open task; claiming it again is harmless', () => {
    expect(checkClaim(taskAfter(opened), secondOfficer)).toBe('apply');
    expect(checkClaim(taskAfter(opened, claimedBy(secondOfficer)), secondOfficer)).toBe('unchanged');
  });

  it('refuses a claim on a task someone else holds, naming them', () => {
    const error = refusal(() => checkClaim(taskAfter(opened, claimedBy(secondOfficer)), officer));
    expect(error.code).toBe('TASK_CLAIMED_BY_OTHER');
    expect(error.detail.vi).toContain('Trần Thị Bình');
  });

  it('refuses roles the task is not for; the head of the authority supervises every step', () => {
    expect(refusal(() => checkClaim(taskAfter(opened), auditor)).code).toBe('TASK_ROLE_NOT_ALLOWED');
    expect(checkClaim(taskAfter(opened), head)).toBe('apply');
  });

  it('lets only the head assign, and only to someone who may work the task', () => {
    expect(checkAssign(taskAfter(opened), head, secondOfficer)).toBe('apply');
    expect(refusal(() => checkAssign(taskAfter(opened), officer, secondOfficer)).code).toBe('TASK_ROLE_NOT_ALLOWED');
    expect(refusal(() => checkAssign(taskAfter(opened), head, auditor)).problems[0].field).toBe('assigneeId');
  });

  it('lets the holder (or the head) give a task back', () => {
    expect(checkUnclaim(taskAfter(opened, claimedBy(secondOfficer)), secondOfficer)).toBe('apply');
    expect(checkUnclaim(taskAfter(opened, claimedBy(secondOfficer)), head)).toBe('apply');
    expect(refusal(() => checkUnclaim(taskAfter(opened, claimedBy(secondOfficer)), officer)).code).toBe(
      'TASK_CLAIMED_BY_OTHER',
    );
  });
});

describe('deciding', () => {
  const approve = { optionId: 'approve', comment: '', formData: { checkedOriginals: true } };

  it('keeps binding decisions for the head of the authority', () => {
    const error = refusal(() => checkDecision(taskAfter(opened), secondOfficer, approve));
    expect(error.code).toBe('TASK_ROLE_NOT_ALLOWED');
    expect(error.detail.en).toContain('binding');
    expect(checkDecision(taskAfter(opened), head, approve)).toBe('apply');
  });

  it('keeps whoever prepared the case from deciding it (separation of duties)', () => {
    const reviewerAsHead: TaskActor = { ...officer, roles: ['registration-officer', 'head-of-authority'] };
    const error = refusal(() => checkDecision(taskAfter(opened), reviewerAsHead, approve));
    expect(error.code).toBe('SEPARATION_OF_DUTIES');
    expect(error.detail.vi).toContain('thẩm định hồ sơ');
  });

  it('asks for the form and the written reasons the option needs, all at once', () => {
    const error = refusal(() =>
      checkDecision(taskAfter(opened), head, {
        optionId: 'refuse',
        comment: ' ',
        formData: { note: 'x'.repeat(21), extra: 1 },
      }),
    );
    expect(error.code).toBe('INVALID_DECISION');
    expect(error.problems.map((problem) => problem.field)).toEqual(['formData.extra', 'formData.note', 'comment']);
    expect(
      refusal(() => checkDecision(taskAfter(opened), head, { optionId: 'approve', comment: '', formData: {} }))
        .problems[0].field,
    ).toBe('formData.checkedOriginals');
  });

  it('refuses a task held by someone else, and any decision on a closed task, naming who decided and when', () => {
    expect(
      refusal(() =>
        checkDecision(taskAfter(opened, claimedBy(head)), secondOfficer, {
          optionId: 'propose',
          comment: '',
          formData: {},
        }),
      ).code,
    ).toBe('TASK_CLAIMED_BY_OTHER');
    const done = taskAfter(opened, decidedBy(head, 'refuse', 'Thiếu biên bản'));
    const error = refusal(() => checkDecision(done, head, approve));
    expect(error.code).toBe('TASK_CLOSED');
    expect(error.detail.en).toBe('The task was decided by Lê Văn Cường at 2026-02-20 09:00 (Vietnam time).');
  });

  it('treats the same decision by the same person, sent again, as harmless', () => {
    const done = taskAfter(opened, decidedBy(head, 'refuse', 'Thiếu biên bản'));
    expect(checkDecision(done, head, { optionId: 'refuse', comment: 'Thiếu biên bản', formData: {} })).toBe(
      'unchanged',
    );
  });
});

describe('taskMilestones', () => {
  it('reminds the working day before the due date and on it, then escalates two working days after', () => {
    // Due 25/02/2026 (3 working days from 13/02, across Tết).
    expect(taskMilestones(calendar, { spec }, '2026-02-13')).toEqual([
      { on: '2026-02-24', action: 'remind' },
      { on: '2026-02-25', action: 'remind-due' },
      { on: '2026-02-27', action: 'escalate' },
    ]);
  });

  it('skips a reminder that would fall before the task even opened, and adds expiry when the policy has one', () => {
    const expiring = {
      spec: { ...spec, escalation: { ...spec.escalation, expireAfter: { unit: 'days' as const, count: 60 } } },
    };
    expect(taskMilestones(calendar, expiring, '2026-02-24')).toEqual([
      { on: '2026-02-25', action: 'remind-due' },
      { on: '2026-02-27', action: 'escalate' },
      { on: '2026-04-28', action: 'expire' }, // 26/04 is Hùng Kings' day (a Sunday), 27/04 its day off in lieu
    ]);
  });
});
