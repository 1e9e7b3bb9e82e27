import { randomUUID } from 'node:crypto';
import { recordFactSignal, requestSupportUpdate } from '@htx/contracts';
import { vietnamDateOf } from '@htx/domain';
import { officer as officerActor, registrationDetails } from '../support/events';
import { checkInvariants, CLEAN } from '../support/invariants';
import { startFaultStack, type FaultStack } from '../support/fault-stack';
import {
  eventsOfFact,
  historyOf,
  registerCooperative,
  reportActivity,
  settledHistoryLength,
  taskTroubles,
  waitForFact,
} from '../support/fault-helpers';
import { TEST_PASSWORD, USERS } from '../support/identity';
import { signedIn } from '../support/services';

type ApiError = { code: string; fields: { field: string }[] };

let stack: FaultStack;
beforeAll(async () => {
  stack = await startFaultStack();
});
afterAll(async () => {
  await stack?.stop();
});

const countEvents = async (streamId: string, type: string) =>
  (
    await stack.dataSource.query<{ n: number }[]>(
      'SELECT count(*)::int AS n FROM lifecycle_events WHERE stream_id = $1 AND type = $2',
      [streamId, type],
    )
  )[0].n;

describe('the same thing twice', () => {
  it('a start: the second registration returns the first cooperative and records nothing', async () => {
    const details = registrationDetails();
    const first = await stack.officer.post<{ id: string }>('/cooperatives', details);
    const second = await stack.officer.post<{ id: string }>('/cooperatives', details);
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body.id).toBe(first.body.id);
    expect(await countEvents(first.body.id, 'CooperativeRegistered')).toBe(1);
  });

  it('a signal: the same fact twice (same Idempotency-Key, then the raw signal again) is recorded once', async () => {
    const cooperative = await registerCooperative(stack);
    const factId = await reportActivity(stack, cooperative.id, 'dup-signal');
    expect(await reportActivity(stack, cooperative.id, 'dup-signal')).toBe(factId);
    await waitForFact(stack, factId);
    const handle = stack.client.workflow.getHandle(cooperative.workflowId);
    await handle.signal(recordFactSignal, {
      factId,
      fact: { kind: 'activity', on: vietnamDateOf(new Date()), activity: 'contract', description: 'lặp lại' },
      actor: officerActor,
    });
    const later = await reportActivity(stack, cooperative.id, 'after-dup-signal');
    await waitForFact(stack, later);
    expect(await eventsOfFact(stack, factId)).toBe(1);
  });

  it('an update: the same updateId twice returns the first result and records one request', async () => {
    const cooperative = await registerCooperative(stack);
    const handle = stack.client.workflow.getHandle(cooperative.workflowId);
    const request = {
      request: {
        supportId: randomUUID(),
        kind: 'grant' as const,
        description: 'Hỗ trợ thành lập mới',
        programme: 'Nghị quyết HĐND huyện',
        requestedAmount: 20_000_000,
      },
      actor: officerActor,
    };
    const updateId = randomUUID();
    const first = await handle.executeUpdate(requestSupportUpdate, { args: [request], updateId });
    const second = await handle.executeUpdate(requestSupportUpdate, { args: [request], updateId });
    expect(second).toEqual(first);
    expect(await countEvents(cooperative.id, 'SupportRequested')).toBe(1);
    expect(await checkInvariants(stack.dataSource, stack.client)).toMatchObject(CLEAN);
  });
});

describe('bad input', () => {
  it('gets 400 or 413 from the api, and no workflow fails because of it', async () => {
    const cooperative = await registerCooperative(stack);
    const path = `/cooperatives/${cooperative.id}/activities`;
    const today = vietnamDateOf(new Date());
    const missing = await stack.officer.post<ApiError>(path, { on: today, description: 'thiếu loại' });
    expect(missing.status).toBe(400);
    expect(missing.body.fields.map((field) => field.field)).toContain('activity');
    const unknownEnum = await stack.officer.post<ApiError>(path, { on: today, activity: 'dancing', description: 'x' });
    expect(unknownEnum.status).toBe(400);
    const massAssigned = await stack.officer.post<ApiError>('/cooperatives', {
      ...registrationDetails(),
      status: 'dissolved',
    });
    expect(massAssigned.status).toBe(400);
    const broken = await stack.officer.postRaw<ApiError>(path, '{"on": "2026-');
    expect(broken.status).toBe(400);
    const large = await stack.officer.post<ApiError>(path, {
      on: today,
      activity: 'contract',
      description: 'x'.repeat(300_000),
    });
    expect(large.status).toBe(400);
    const oversized = await stack.officer.post<ApiError>(path, {
      on: today,
      activity: 'contract',
      description: 'x'.repeat(2_100_000),
    });
    expect(oversized.status).toBe(413);

    // Straight at the workflow, past the api: an unknown signal, and a fact of the wrong shape.
    const handle = stack.client.workflow.getHandle(cooperative.workflowId);
    await handle.signal('noSuchSignal', { anything: true });
    await handle.signal(recordFactSignal, {
      factId: 'malformed',
      fact: { kind: 'nonsense' },
      actor: officerActor,
    } as never);
    await handle.signal(recordFactSignal, { factId: 'not-a-fact', fact: 42, actor: officerActor } as never);
    const good = await reportActivity(stack, cooperative.id, 'after-bad-input');
    await waitForFact(stack, good, 30_000);

    expect((await handle.describe()).status.name).toBe('RUNNING');
    expect(taskTroubles(await historyOf(stack, cooperative.workflowId)).failedTasks).toBe(0);
    expect(await checkInvariants(stack.dataSource, stack.client)).toMatchObject(CLEAN);
  });
});

describe('an officer acting outside their territory', () => {
  it('is refused with 404 before anything reaches Temporal, and the refusal is on the audit trail', async () => {
    const cooperative = await registerCooperative(stack);
    const before = await settledHistoryLength(stack, cooperative.workflowId);
    const outsider = await signedIn(stack.baseUrl, USERS.otherOfficer.id, TEST_PASSWORD);
    const today = vietnamDateOf(new Date());
    const fact = await outsider.post<ApiError>(`/cooperatives/${cooperative.id}/activities`, {
      on: today,
      activity: 'contract',
      description: 'ngoài địa bàn',
    });
    const support = await outsider.post<ApiError>(`/cooperatives/${cooperative.id}/support-requests`, {
      kind: 'grant',
      description: 'ngoài địa bàn',
      requestedAmount: 1_000_000,
    });
    expect([fact.status, support.status]).toEqual([404, 404]);
    expect((await historyOf(stack, cooperative.workflowId)).length).toBe(before);
    const [{ n }] = await stack.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_records WHERE action = 'access-denied' AND actor_id = $1 AND cooperative_id = $2`,
      [USERS.otherOfficer.id, cooperative.id],
    );
    expect(n).toBe(2);
  });
});
