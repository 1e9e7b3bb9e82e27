import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  addDays,
  cooperativeDecider,
  DEFAULT_REMINDER_POLICY,
  foldEvents,
  reportDueOn,
  SYSTEM_ACTOR,
  WorkingCalendar,
  type Cooperative,
  type CooperativeEvent,
  type CooperativeState,
  BUILT_IN_RULES,
  campaignTerms,
  conversionTimeEvents,
  enrol,
  evolveEnrolment,
  type Enrolment,
} from '@htx/domain';
import { EventLog, LifecycleRecorder, NoticeOutbox } from '@htx/persistence';
import type { DataSource } from 'typeorm';
import { smtpSender, type SmtpSender } from '../../../apps/worker/src/mail/smtp-sender';
import { officer, registrationDetails } from '../../support/events';
import { until } from '../../support/eventually';
import { LocalMailServer } from '../../support/mail-server';
import { createTestDatabase, openDataSource, type TestDatabase } from '../../support/postgres';

const calendar = new WorkingCalendar();
let database: TestDatabase;
let dataSource: DataSource;
let recorder: LifecycleRecorder;
let eventLog: EventLog;
let outbox: NoticeOutbox;
let mail: LocalMailServer;
let sender: SmtpSender;
let sequence = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  eventLog = new EventLog(dataSource);
  recorder = new LifecycleRecorder(dataSource, eventLog);
  outbox = new NoticeOutbox(dataSource, recorder);
  mail = new LocalMailServer();
  await mail.start();
  sender = smtpSender(mail.url, 'Phòng Tài chính - Kế hoạch <dangky@tanyen.test>');
});
afterAll(async () => {
  sender?.close();
  await mail?.stop();
  await dataSource?.destroy();
  await database?.drop();
});
beforeEach(() => mail.reset());

const deliver = (noticeId: string) => outbox.deliver(noticeId, sender.send, { attemptLimit: 3, now: () => new Date() });

/**
 * A cooperative registered in 2025 whose first reminder for 2025 falls due: driven through the domain decider and
 * recorded exactly as the workflow's activity records it (event log, registry row, outbox, one transaction).
 */
async function cooperativeReminded(email: string | null): Promise<{ cooperative: Cooperative; noticeId: string }> {
  sequence += 1;
  const details = registrationDetails({
    registrationCode: `216-2025-${String(9000 + sequence)}`,
    regime: 'law-2023',
    registeredOn: '2025-03-01',
  });
  const cooperativeId = `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
  const workflowId = `cooperative-lifecycle/${details.registrationCode}`;
  let state: CooperativeState = null;
  const record = async (events: CooperativeEvent[], key: string) => {
    await recorder.record(
      {
        streamId: cooperativeId,
        workflowId,
        idempotencyKey: key,
        actor: officer,
        occurredAt: '2025-11-30T08:00:00+07:00',
        events,
      },
      new Date(),
    );
    state = foldEvents(cooperativeDecider, events, state);
  };
  const decide = (today: string, command: Parameters<typeof cooperativeDecider.decide>[0]) =>
    cooperativeDecider.decide(command, state, {
      today,
      calendar,
      rules: BUILT_IN_RULES,
      reminderPolicy: DEFAULT_REMINDER_POLICY,
    });
  await record(
    decide('2025-03-01', { type: 'RegisterCooperative', data: { ...details, cooperativeId } }),
    `${workflowId}/register`,
  );
  if (email) {
    const address = { kind: 'notice-address' as const, changedOn: '2025-03-02', email };
    await record(
      decide('2025-03-02', { type: 'RecordFact', data: { factId: `address-${sequence}`, fact: address } }),
      `${workflowId}/address`,
    );
  }
  const firstReminder = addDays(reportDueOn(2025, BUILT_IN_RULES).dueOn, -15);
  const events = decide(firstReminder, { type: 'AdvanceTime' });
  expect(events.map((event) => event.type)).toEqual(['ReportObligationOpened', 'ReportReminderIssued']);
  await record(events, `${workflowId}/advance`);
  return { cooperative: state!, noticeId: `report-2025-reminder-15/${cooperativeId}` };
}

const attempts = async (cooperativeId: string) =>
  (await eventLog.read(cooperativeId)).filter((event) => event.type === 'NoticeDeliveryAttempted');

describe('the notice outbox, delivered through a real SMTP server', () => {
  it('writes the notice with its event, sends it once, and records the attempt on the log as proof of notice', async () => {
    const { cooperative, noticeId } = await cooperativeReminded('htx.lienson@example.vn');
    const [row] = await outbox.forCooperatives([cooperative.cooperativeId]);
    expect(row).toMatchObject({ noticeId, status: 'pending', recipient: 'htx.lienson@example.vn', attempts: 0 });

    expect(await deliver(noticeId)).toMatchObject({ outcome: 'delivered', final: true });
    expect(await deliver(noticeId)).toEqual({ recorded: [], outcome: 'delivered', final: true });

    expect(mail.received).toHaveLength(1);
    const [message] = mail.received;
    expect(message.subject).toBe(
      `Nhắc nộp báo cáo năm 2025 — ${cooperative.name} / Reminder: annual report 2025 — ${cooperative.name}`,
    );
    expect(message.text).toContain('Còn 15 ngày đến hạn 15/12/2025');
    expect(message.headers.get('x-htx-notice-id')).toBe(noticeId);
    const [attempt] = await attempts(cooperative.cooperativeId);
    expect(attempt.data).toMatchObject({
      noticeId,
      attempt: 1,
      outcome: 'delivered',
      recipient: 'htx.lienson@example.vn',
      messageId: message.messageId,
      final: true,
    });
    expect(attempt.actor).toMatchObject({ id: SYSTEM_ACTOR.id });
    const registry = await dataSource.query<{ state: Cooperative }[]>('SELECT state FROM cooperatives WHERE id = $1', [
      cooperative.cooperativeId,
    ]);
    expect(registry[0].state.reporting?.obligations[0].steps[0].delivery).toMatchObject({ outcome: 'delivered' });
    expect((await eventLog.verify(cooperative.cooperativeId)).valid).toBe(true);
  });

  it('records a bounce (the server refuses the recipient) once, for good, and tells the officers', async () => {
    mail.refuse.add('khong-ton-tai@example.vn');
    const { cooperative, noticeId } = await cooperativeReminded('khong-ton-tai@example.vn');

    expect(await deliver(noticeId)).toMatchObject({ outcome: 'bounced', final: true });
    expect(await deliver(noticeId)).toMatchObject({ recorded: [], outcome: 'bounced' });

    expect(mail.received).toHaveLength(0);
    const recorded = await attempts(cooperative.cooperativeId);
    expect(recorded).toHaveLength(1);
    expect(recorded[0].data).toMatchObject({ outcome: 'bounced', final: true });
    expect(String((recorded[0].data as { response: string }).response)).toContain('550');
    const notifications = await dataSource.query<{ kind: string; message: { vi: string } }[]>(
      'SELECT kind, message FROM notifications WHERE cooperative_id = $1',
      [cooperative.cooperativeId],
    );
    expect(notifications).toEqual([
      {
        kind: 'notice-undelivered',
        message: { vi: expect.stringContaining('máy chủ thư từ chối') as unknown, en: expect.any(String) as unknown },
      },
    ]);
  });

  it('records a transient refusal (451) as a failed attempt to retry, then the delivery', async () => {
    mail.later.add('ban-tam-thoi@example.vn');
    const { cooperative, noticeId } = await cooperativeReminded('ban-tam-thoi@example.vn');

    expect(await deliver(noticeId)).toMatchObject({ outcome: 'pending', final: false });
    expect(await deliver(noticeId)).toMatchObject({ outcome: 'delivered', final: true });
    expect((await attempts(cooperative.cooperativeId)).map((event) => event.data)).toMatchObject([
      { attempt: 1, outcome: 'failed', final: false },
      { attempt: 2, outcome: 'delivered', final: true },
    ]);
    expect(mail.received).toHaveLength(1);
  });

  it('without an address on file: nothing is sent, and that is what the log says', async () => {
    const { cooperative, noticeId } = await cooperativeReminded(null);
    expect(await deliver(noticeId)).toMatchObject({ outcome: 'no-address', final: true });
    expect((await attempts(cooperative.cooperativeId))[0].data).toMatchObject({
      outcome: 'no-address',
      recipient: null,
    });
  });

  it('mails a conversion reminder to the address on file and keeps the proof on the enrolment’s own log', async () => {
    const { cooperative } = await cooperativeReminded('htx.chuyendoi@example.vn');
    const enrolmentId = `10000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
    const workflowId = `conversion/${enrolmentId}`;
    const campaign = campaignTerms(
      {
        campaignId: '20000000-0000-4000-8000-000000000001',
        name: 'Sửa đổi điều lệ theo Luật Hợp tác xã 2023',
        territoryCode: cooperative.territoryCode,
        target: 'law-2023',
        followUpBy: '2027-03-31',
        openedBy: officer,
      },
      '2026-11-23',
      BUILT_IN_RULES,
    );
    const enrolled = evolveEnrolment(null, enrol(enrolmentId, campaign, cooperative, '2026-11-23', BUILT_IN_RULES))!;
    const reminded = conversionTimeEvents(enrolled, '2027-01-30', { notify: true });
    for (const [index, events] of [
      [enrol(enrolmentId, campaign, cooperative, '2026-11-23', BUILT_IN_RULES)],
      reminded,
    ].entries()) {
      await recorder.record(
        {
          streamId: enrolmentId,
          workflowId,
          idempotencyKey: `${workflowId}/${index}`,
          actor: SYSTEM_ACTOR,
          occurredAt: new Date().toISOString(),
          events,
        },
        new Date(),
      );
    }
    const noticeId = `conversion-reminder-2027-01-30/${enrolmentId}`;
    const [row] = (await outbox.forCooperatives([cooperative.cooperativeId])).filter(
      (found) => found.noticeId === noticeId,
    );
    expect(row).toMatchObject({
      kind: 'conversion-reminder',
      year: 2027,
      recipient: 'htx.chuyendoi@example.vn',
      status: 'pending',
    });

    expect(await deliver(noticeId)).toMatchObject({ outcome: 'delivered', final: true });
    expect(await deliver(noticeId)).toMatchObject({ recorded: [], outcome: 'delivered' });
    expect(mail.received).toHaveLength(1);
    expect(mail.received[0].subject).toContain(
      `Nhắc chuyển đổi theo Luật Hợp tác xã 2023 (17/2023/QH15) — ${cooperative.name}`,
    );
    expect(mail.received[0].text).toContain('trước hết ngày 31/03/2027 (còn 60 ngày)');

    const onEnrolment = (await eventLog.read(enrolmentId)).filter(
      (event) => event.type === 'ConversionNoticeAttempted',
    );
    expect(onEnrolment.map((event) => event.data)).toMatchObject([
      { noticeId, attempt: 1, outcome: 'delivered', enrolmentId },
    ]);
    expect(await attempts(cooperative.cooperativeId)).toHaveLength(0);
    const [projected] = await dataSource.query<{ state: Enrolment }[]>(
      'SELECT state FROM conversion_enrolments WHERE id = $1',
      [enrolmentId],
    );
    expect(projected.state.notices).toMatchObject([
      { noticeId, kind: 'reminder', delivery: { outcome: 'delivered', final: true } },
    ]);
    expect((await eventLog.verify(enrolmentId)).valid).toBe(true);
  });

  it('sends each notice exactly once when the delivery worker is killed mid-way and started again', async () => {
    const reminded = [];
    for (let index = 0; index < 5; index++) reminded.push(await cooperativeReminded(`htx${index}@example.vn`));
    const noticeIds = reminded.map((entry) => entry.noticeId);

    // The third message's data has arrived, unanswered, when the worker dies.
    let child: ChildProcess | null = null;
    mail.onMessage = async (count) => {
      if (count !== 3 || !child) return 'accept';
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      return 'drop';
    };
    child = runDelivery(noticeIds);
    const killed = await exitOf(child);
    expect(killed.signal).toBe('SIGKILL');
    expect(mail.received).toHaveLength(2);

    // Another worker takes over: the two delivered are not sent again, the rest are.
    mail.onMessage = () => Promise.resolve('accept');
    const second = await exitOf(runDelivery(noticeIds));
    expect(second.code).toBe(0);
    await until(
      () => Promise.resolve(mail.received.length),
      (count) => count >= 5,
      'the five messages',
    );

    const sent = mail.received.map((message) => message.headers.get('x-htx-notice-id'));
    expect([...sent].sort()).toEqual([...noticeIds].sort());
    expect(new Set(mail.received.map((message) => message.messageId)).size).toBe(5);
    for (const { cooperative } of reminded) {
      // One attempt each: the killed one left nothing behind (its transaction never committed).
      expect((await attempts(cooperative.cooperativeId)).map((event) => event.data)).toMatchObject([
        { attempt: 1, outcome: 'delivered' },
      ]);
    }
    expect(second.stdout.trim().split('\n')).toEqual(noticeIds.map((id) => `${id} delivered`));
  });
});

function runDelivery(noticeIds: readonly string[]): ChildProcess {
  return spawn(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      join(__dirname, 'deliver-notices.child.ts'),
      database.url,
      mail.url,
      ...noticeIds,
    ],
    { cwd: join(__dirname, '../../..'), stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      if (code) console.error(stderr);
      resolve({ code, signal, stdout });
    }),
  );
}
