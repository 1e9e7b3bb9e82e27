import { BUILT_IN_RULES } from '../legal/rule-packs';
import { DomainError } from '../shared/domain-error';
import type { IsoDate } from '../shared/iso-date';
import { REGIMES } from '../legal/legal-regime';
import { conversionNoticeMail, nextConversionDue, type Enrolment } from './conversion';
import { evolveEnrolment, type ConversionEvent } from './conversion.events';
import {
  campaignTerms,
  conversionTimeEvents,
  endEnrolment,
  enrol,
  fileEvidence,
  inCohort,
  progressBucket,
  notifyViolation,
  recordChecklist,
  undeliveredConversionNotices,
} from './conversion.rules';

const MAILED = { notify: true } as const;

const officer = { id: 'can-bo.tanyen', role: 'registration-officer' as const, displayName: 'Nguyễn Văn An' };
const cooperative = {
  cooperativeId: 'c1',
  registrationCode: '2416000001',
  name: 'Hợp tác xã Nông nghiệp Cao Xá',
  kind: 'cooperative' as const,
  sector: 'agriculture' as const,
  territoryCode: '216',
  regime: 'law-2012' as const,
};

const terms2023 = (followUpBy?: IsoDate) =>
  campaignTerms(
    {
      campaignId: 'k1',
      name: 'Chuyển đổi theo Luật 2023',
      territoryCode: '216',
      target: 'law-2023',
      followUpBy,
      openedBy: officer,
    },
    '2026-11-23',
    BUILT_IN_RULES,
  );

function refusal(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).problems.map((problem) => problem.field);
  }
  throw new Error('expected a refusal');
}

const apply = (enrolment: Enrolment, events: ConversionEvent[]) =>
  events.reduce<Enrolment | null>(evolveEnrolment, enrolment)!;

describe('conversion campaigns', () => {
  it('take the legal deadline from the rule pack and, once it has passed, need the authority’s own later date', () => {
    expect(refusal(() => terms2023())).toEqual(['followUpBy']);
    expect(refusal(() => terms2023('2026-11-23'))).toEqual(['followUpBy']);
    const terms = terms2023('2027-03-31');
    expect(terms).toMatchObject({ legalDeadline: '2026-01-01', followUpBy: '2027-03-31' });
    expect(terms.legalBasis).toMatchObject({ ruleId: 'conversion.deadline', regime: 'law-2023', confirmed: true });
  });

  it('enrol only cooperatives under an older law that are still in the registry', () => {
    expect(inCohort({ regime: 'law-2012', status: 'active' }, 'law-2023')).toBe(true);
    expect(inCohort({ regime: 'law-2012', status: 'suspended' }, 'law-2023')).toBe(true);
    expect(inCohort({ regime: 'law-2023', status: 'active' }, 'law-2023')).toBe(false);
    expect(inCohort({ regime: 'law-2003', status: 'dissolved' }, 'law-2012')).toBe(false);
    expect(inCohort({ regime: 'law-2003', status: 'active' }, 'law-2012')).toBe(true);
  });

  it('check the points of the target law with their thresholds from the pack', () => {
    const [event] = [enrol('e1', terms2023('2027-03-31'), cooperative, '2026-11-23', BUILT_IN_RULES)];
    const enrolment = evolveEnrolment(null, event)!;
    expect(enrolment.items.map((item) => item.itemId)).toEqual([
      'capital-share',
      'foreign-share',
      'official-members',
      'charter-clauses',
    ]);
    expect(enrolment.items[0].label.vi).toContain('30%');
    const legacy = campaignTerms(
      {
        campaignId: 'k0',
        name: 'Chuyển đổi 2016',
        territoryCode: '216',
        target: 'law-2012',
        followUpBy: '2027-01-31',
        openedBy: officer,
      },
      '2026-11-23',
      BUILT_IN_RULES,
    );
    const old = evolveEnrolment(
      null,
      enrol('e0', legacy, { ...cooperative, regime: 'law-2003' }, '2026-11-23', BUILT_IN_RULES),
    )!;
    expect(old.items.find((item) => item.itemId === 'non-member-sales')?.label.vi).toContain('32%');
    expect(old.items.find((item) => item.itemId === 'capital-share')?.label.vi).toContain('20%');
  });

  it('remind 60, 30 and 7 days before the follow-up date, stop when the charter is filed, and flag it overdue after', () => {
    let enrolment = evolveEnrolment(
      null,
      enrol('e1', terms2023('2027-03-31'), cooperative, '2026-11-23', BUILT_IN_RULES),
    )!;
    expect(nextConversionDue(enrolment)).toBe('2027-01-30');
    enrolment = apply(enrolment, conversionTimeEvents(enrolment, '2027-03-01', MAILED));
    expect(enrolment.reminders).toEqual(['2027-01-30', '2027-03-01']);
    expect(conversionTimeEvents(enrolment, '2027-03-01', MAILED)).toEqual([]);

    enrolment = apply(
      enrolment,
      recordChecklist(enrolment, [{ itemId: 'capital-share', status: 'gap', note: '35%' }], 'c', '2027-03-02'),
    );
    expect(enrolment.stage).toBe('in-progress');
    expect(
      refusal(() => recordChecklist(enrolment, [{ itemId: 'non-member-sales', status: 'maybe' }], 'c', '2027-03-02')),
    ).toEqual(['answers[0].itemId', 'answers[0].status']);
    expect(
      recordChecklist(enrolment, [{ itemId: 'capital-share', status: 'gap', note: '35%' }], 'c', '2027-03-03'),
    ).toEqual([]);

    const late = apply(enrolment, conversionTimeEvents(enrolment, '2027-04-01', MAILED));
    expect(late).toMatchObject({ stage: 'overdue', overdueSince: '2027-04-01' });
    expect(progressBucket(late)).toBe('overdue');

    const filed = apply(
      enrolment,
      fileEvidence(
        enrolment,
        { kind: 'amended-charter', reference: 'NQ 02', filedOn: '2027-03-20' },
        'c',
        '2027-03-20',
      ),
    );
    expect(filed.stage).toBe('awaiting-sign-off');
    expect(conversionTimeEvents(filed, '2027-04-01', MAILED).map((event) => event.type)).toEqual([
      'ConversionReminderRecorded',
    ]);
    expect(nextConversionDue(filed)).toBeNull();
    expect(
      refusal(() =>
        fileEvidence(
          enrolment,
          { kind: 'amended-charter', reference: 'NQ 01', filedOn: '2024-06-30' },
          'c',
          '2027-03-20',
        ),
      ),
    ).toEqual(['filedOn']);
  });

  it('end cleanly when the cooperative begins to dissolve, and refuse anything after', () => {
    const enrolment = evolveEnrolment(
      null,
      enrol('e1', terms2023('2027-03-31'), cooperative, '2026-11-23', BUILT_IN_RULES),
    )!;
    const ended = apply(enrolment, endEnrolment(enrolment, 'dissolution-started', '2026-12-01', 'Nghị quyết giải thể'));
    expect(ended).toMatchObject({ stage: 'ended', ended: { how: 'dissolution-started', on: '2026-12-01' } });
    expect(progressBucket(ended)).toBe('dissolved');
    expect(endEnrolment(ended, 'dissolution-started', '2026-12-02', '')).toEqual([]);
    expect(conversionTimeEvents(ended, '2027-05-01', MAILED)).toEqual([]);
    expect(
      refusal(() => recordChecklist(ended, [{ itemId: 'capital-share', status: 'gap' }], 'c', '2026-12-03')),
    ).toEqual(['enrolmentId']);
  });

  it('mail a notice with each reminder and with the overdue flag, each once, and keep the delivery each attempt recorded', () => {
    let enrolment = evolveEnrolment(
      null,
      enrol('e1', terms2023('2027-03-31'), cooperative, '2026-11-23', BUILT_IN_RULES),
    )!;
    const reminders = conversionTimeEvents(enrolment, '2027-01-30', MAILED);
    expect(reminders).toMatchObject([
      { type: 'ConversionReminderRecorded', data: { noticeId: 'conversion-reminder-2027-01-30/e1' } },
    ]);
    expect(conversionTimeEvents(enrolment, '2027-01-30', { notify: false })[0].data).not.toHaveProperty('noticeId');
    enrolment = apply(enrolment, reminders);
    expect(undeliveredConversionNotices(enrolment)).toEqual(['conversion-reminder-2027-01-30/e1']);

    const mail = conversionNoticeMail(enrolment, { kind: 'reminder', on: '2027-01-30' });
    expect(mail.subject.vi).toBe(`Nhắc chuyển đổi theo Luật Hợp tác xã 2023 (17/2023/QH15) — ${cooperative.name}`);
    expect(mail.body.vi).toContain('trước hết ngày 31/03/2027 (còn 60 ngày)');
    expect(mail.body.vi).toContain('- Điều lệ có đủ nội dung theo luật mới');
    expect(mail.body.en).toContain('by 2027-03-31 (60 days left)');

    const attempt = (attemptNo: number, outcome: 'failed' | 'delivered', final: boolean): ConversionEvent => ({
      type: 'ConversionNoticeAttempted',
      data: {
        enrolmentId: 'e1',
        noticeId: 'conversion-reminder-2027-01-30/e1',
        attempt: attemptNo,
        outcome,
        recipient: 'htx@example.vn',
        response: outcome === 'failed' ? '421 try later' : '250 OK',
        messageId: outcome === 'delivered' ? '<m@htx>' : null,
        final,
        at: '2027-01-30T01:00:00.000Z',
      },
      legalBasis: null,
    });
    enrolment = apply(enrolment, [attempt(1, 'failed', false)]);
    expect(undeliveredConversionNotices(enrolment)).toHaveLength(1);
    enrolment = apply(enrolment, [attempt(2, 'delivered', true)]);
    expect(undeliveredConversionNotices(enrolment)).toEqual([]);
    expect(enrolment.notices).toEqual([
      {
        noticeId: 'conversion-reminder-2027-01-30/e1',
        kind: 'reminder',
        on: '2027-01-30',
        delivery: {
          outcome: 'delivered',
          attempts: 2,
          recipient: 'htx@example.vn',
          at: '2027-01-30T01:00:00.000Z',
          final: true,
        },
      },
    ]);

    const late = apply(enrolment, conversionTimeEvents(enrolment, '2027-04-01', MAILED));
    expect(late.notices?.map((notice) => notice.noticeId)).toEqual([
      'conversion-reminder-2027-01-30/e1',
      'conversion-reminder-2027-03-01/e1',
      'conversion-reminder-2027-03-24/e1',
      'conversion-overdue-2027-04-01/e1',
    ]);
    expect(conversionTimeEvents(late, '2027-04-02', MAILED)).toEqual([]);
    expect(conversionNoticeMail(late, { kind: 'overdue', on: '2027-04-01' }).subject.en).toBe(
      `Conversion to the ${REGIMES['law-2023'].title.en} overdue — ${cooperative.name}`,
    );

    const notified = apply(late, notifyViolation(late, 'can-bo.tanyen', 'Nộp điều lệ trong 30 ngày.', '2027-04-05'));
    expect(notified.notices?.at(-1)).toEqual({
      noticeId: 'conversion-violation-2027-04-05/e1',
      kind: 'violation',
      on: '2027-04-05',
      note: 'Nộp điều lệ trong 30 ngày.',
      delivery: null,
    });
    expect(notified.stage).toBe('overdue');
    const violation = conversionNoticeMail(notified, notified.notices!.at(-1)!);
    expect(violation.body.vi).toContain('Ý kiến của cơ quan đăng ký: Nộp điều lệ trong 30 ngày.');
    expect(violation.subject.vi).toContain('Thông báo: điều lệ chưa phù hợp');
  });
});
