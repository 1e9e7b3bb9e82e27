import { randomUUID } from 'node:crypto';
import {
  chainedFields,
  CooperativeRepository,
  hashEvent,
  EventLog,
  LifecycleRecorder,
  RegistrationCodeConflictError,
  type AppendRequest,
  type RecordRequest,
} from '@htx/persistence';
import type { DataSource } from 'typeorm';
import { cooperativeRegistered, officer, registrationDetails } from '../../support/events';
import { createTestDatabase, openDataSource, type TestDatabase } from '../../support/postgres';

let database: TestDatabase;
let dataSource: DataSource;
let eventLog: EventLog;
let recorder: LifecycleRecorder;
let cooperatives: CooperativeRepository;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  eventLog = new EventLog(dataSource);
  recorder = new LifecycleRecorder(dataSource, eventLog);
  cooperatives = new CooperativeRepository(dataSource, eventLog);
});
afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

function registration(overrides: Partial<RecordRequest> = {}): RecordRequest {
  const event = cooperativeRegistered(registrationDetails({ regime: 'law-2012', registeredOn: '2015-03-20' }));
  return {
    streamId: event.data.cooperativeId,
    workflowId: `cooperative-lifecycle/${event.data.registrationCode}`,
    idempotencyKey: `wf/${randomUUID()}/1`,
    actor: officer,
    occurredAt: '2015-03-20T00:00:00+07:00',
    events: [event],
    ...overrides,
  };
}

/** Appends `count` events to a fresh stream, one append each, outside any projection. */
async function streamOf(count: number): Promise<string> {
  const streamId = randomUUID();
  for (let version = 0; version < count; version++) {
    const request: AppendRequest = {
      streamId,
      idempotencyKey: `wf/${randomUUID()}/${version + 1}`,
      actor: officer,
      occurredAt: '2020-01-01T00:00:00+07:00',
      events: [{ ...cooperativeRegistered(), type: `TestEvent${version + 1}` }],
    };
    await dataSource.transaction((manager) => eventLog.append(manager, request, new Date()));
  }
  return streamId;
}

/** What a database superuser can do behind the application's back: triggers off, then raw SQL. */
async function tamper(sql: string, parameters: unknown[]): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL session_replication_role = replica`);
    await manager.query(sql, parameters);
  });
}

describe('the event log', () => {
  it('records the event and the registry row together, and the chain verifies', async () => {
    const request = registration();
    const outcome = await recorder.record(request, new Date('2026-11-22T03:00:00Z'));

    expect(outcome).toMatchObject({ streamVersion: 1, appended: true });
    const [event] = await eventLog.read(request.streamId);
    expect(event).toMatchObject({
      version: 1,
      type: 'CooperativeRegistered',
      actor: officer,
      occurredAt: '2015-03-19T17:00:00.000Z',
      recordedAt: '2026-11-22T03:00:00.000Z',
      prevHash: '0'.repeat(64),
      hash: outcome.headHash,
    });
    expect(event.legalBasis?.citation.vi).toContain('Luật Hợp tác xã 2012');

    const row = await cooperatives.findById(request.streamId);
    expect(row).toMatchObject({ status: 'active', streamVersion: 1, headHash: outcome.headHash });
    expect(await cooperatives.verify(row!)).toMatchObject({ valid: true, eventCount: 1, break: null });
  });

  it('appends a retried request once: the second time it returns what the first stored', async () => {
    const request = registration();
    const first = await recorder.record(request, new Date());
    const retried = await recorder.record(request, new Date());

    expect(retried).toMatchObject({ appended: false, streamVersion: 1, headHash: first.headHash });
    expect(await eventLog.read(request.streamId)).toHaveLength(1);
  });

  it('lets eight concurrent writers of one stream all land, one after another, and the chain holds', async () => {
    const streamId = await streamOf(1);
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        dataSource.transaction((manager) =>
          eventLog.append(
            manager,
            {
              streamId,
              idempotencyKey: `wf/${randomUUID()}/${i}`,
              actor: officer,
              occurredAt: '2020-01-02T00:00:00+07:00',
              events: [cooperativeRegistered()],
            },
            new Date(),
          ),
        ),
      ),
    );
    expect(outcomes.map((outcome) => outcome.streamVersion).sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await eventLog.verify(streamId)).toMatchObject({ valid: true, eventCount: 9 });
  });

  it('does not serialise different cooperatives: concurrent appends to eight streams all succeed', async () => {
    const requests = Array.from({ length: 8 }, () => registration());
    const outcomes = await Promise.all(requests.map((request) => recorder.record(request, new Date())));
    expect(outcomes.every((outcome) => outcome.appended && outcome.streamVersion === 1)).toBe(true);
  });

  it('stores nothing half-way: a registry conflict rolls the event back too', async () => {
    const details = registrationDetails();
    await recorder.record(registration({ events: [cooperativeRegistered(details)] }), new Date());
    const intruder = cooperativeRegistered(details);
    const request = registration({ streamId: intruder.data.cooperativeId, events: [intruder] });

    await expect(recorder.record(request, new Date())).rejects.toBeInstanceOf(RegistrationCodeConflictError);
    expect(await eventLog.read(request.streamId)).toEqual([]);
    expect(await cooperatives.findById(request.streamId)).toBeNull();
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the application', async () => {
    const streamId = await streamOf(1);
    for (const sql of [
      `UPDATE lifecycle_events SET type = 'Forged' WHERE stream_id = $1`,
      `DELETE FROM lifecycle_events WHERE stream_id = $1`,
    ]) {
      await expect(dataSource.query(sql, [streamId])).rejects.toThrow(/append-only/);
    }
    await expect(dataSource.query(`TRUNCATE lifecycle_events`)).rejects.toThrow(/append-only/);
    expect(await eventLog.read(streamId)).toHaveLength(1);
  });
});

describe('the chain verifier', () => {
  it('names the event whose content was edited', async () => {
    const streamId = await streamOf(3);
    await tamper(
      `UPDATE lifecycle_events SET data = jsonb_set(data, '{memberCount}', '99') WHERE stream_id = $1 AND version = 2`,
      [streamId],
    );
    expect(await eventLog.verify(streamId)).toMatchObject({
      valid: false,
      headVersion: 1,
      break: { version: 2, kind: 'hash-mismatch' },
    });
  });

  it('sees an edit whose hash was recomputed to match, at the next link', async () => {
    const streamId = await streamOf(3);
    const [, second] = await eventLog.read(streamId);
    const forged = { ...second.data, memberCount: 99 };
    const forgedHash = hashEvent({ ...chainedFields(second), data: forged });
    await tamper(`UPDATE lifecycle_events SET data = $2, hash = $3 WHERE stream_id = $1 AND version = 2`, [
      streamId,
      JSON.stringify(forged),
      forgedHash,
    ]);
    const result = await eventLog.verify(streamId);
    expect(result).toMatchObject({ valid: false, headVersion: 2, break: { version: 3, kind: 'prev-hash-mismatch' } });
    expect(result.break?.message.vi).toContain('Sự kiện số 3');
  });

  it('names the gap a deleted event leaves', async () => {
    const streamId = await streamOf(3);
    await tamper(`DELETE FROM lifecycle_events WHERE stream_id = $1 AND version = 2`, [streamId]);
    expect(await eventLog.verify(streamId)).toMatchObject({
      valid: false,
      eventCount: 2,
      break: { version: 2, kind: 'missing-version' },
    });
  });

  it('notices a deleted last event against the head the registry recorded', async () => {
    const request = registration();
    await recorder.record(request, new Date());
    await tamper(`DELETE FROM lifecycle_events WHERE stream_id = $1`, [request.streamId]);
    const row = await cooperatives.findById(request.streamId);
    expect(await cooperatives.verify(row!)).toMatchObject({
      valid: false,
      break: { version: 1, kind: 'head-mismatch' },
    });
  });
});
