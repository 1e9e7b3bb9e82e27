import { randomUUID } from 'node:crypto';
import {
  computeDeadline,
  text,
  vietnamDateOf,
  WorkingCalendar,
  type EscalationPolicy,
  type TaskActor,
  type TaskSpec,
} from '@htx/domain';

export const officerActor: TaskActor = {
  id: 'can-bo.tanyen',
  displayName: 'Nguyễn Văn An',
  roles: ['registration-officer'],
};
export const secondOfficerActor: TaskActor = {
  id: 'can-bo2.tanyen',
  displayName: 'Trần Thị Bình',
  roles: ['registration-officer'],
};
export const headActor: TaskActor = {
  id: 'lanh-dao.tanyen',
  displayName: 'Lê Văn Cường',
  roles: ['head-of-authority'],
};

/** A review-like task opened "now" (the test server's clock), due 3 working days later. */
export function reviewSpec(nowMs: number, escalation: Partial<EscalationPolicy> = {}): TaskSpec {
  const calendar = new WorkingCalendar();
  const due = computeDeadline(calendar, vietnamDateOf(new Date(nowMs)), { unit: 'working-days', count: 3 });
  return {
    taskId: randomUUID(),
    kind: 'establishment-review',
    title: text('Thẩm định hồ sơ', 'Review the dossier'),
    subject: {
      type: 'establishment-application',
      id: randomUUID(),
      name: 'Hợp tác xã Nông nghiệp Thử nghiệm',
      territoryCode: '216',
    },
    reference: null,
    candidateRole: 'registration-officer',
    priority: 50,
    due,
    followUpOn: null,
    form: [],
    options: [
      {
        id: 'propose-approval',
        label: text('Đề xuất cấp', 'Propose'),
        binding: false,
        requiresComment: false,
        consequence: text('', ''),
        legalBasis: null,
      },
      {
        id: 'approve',
        label: text('Cấp', 'Approve'),
        binding: true,
        requiresComment: false,
        consequence: text('', ''),
        legalBasis: null,
      },
    ],
    why: {
      trigger: {
        event: 'ApplicationSubmitted',
        occurredAt: new Date(nowMs).toISOString(),
        summary: text('Nộp hồ sơ', 'Filed'),
      },
      rule: { ruleId: 'test.rule', summary: text('Quy tắc', 'Rule'), legalBasis: null },
      ifIgnored: text('Nhắc rồi chuyển lãnh đạo', 'Reminded, then escalated'),
    },
    excludedDeciders: [{ actorId: officerActor.id, reason: text('lập hồ sơ', 'prepared the case') }],
    escalation: {
      remindBefore: { unit: 'working-days', count: 1 },
      escalateAfter: { unit: 'working-days', count: 2 },
      expireAfter: null,
      ...escalation,
    },
  };
}
