import { randomUUID } from 'node:crypto';
import type { AppendLifecycleEventsInput } from '@htx/contracts';
import { CooperativeRepository, EventLog, LifecycleRecorder } from '@htx/persistence';
import { type ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import type { DataSource } from 'typeorm';
import { EventLogActivities } from '../../../apps/worker/src/activities/event-log.activities';
import { cooperativeRegistered, officer, registrationDetails } from '../../support/events';
import { createTestDatabase, openDataSource, type TestDatabase } from '../../support/postgres';

let database: TestDatabase;
let dataSource: DataSource;
let activities: EventLogActivities;
let eventLog: EventLog;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  eventLog = new EventLog(dataSource);
  activities = new EventLogActivities(new LifecycleRecorder(dataSource, eventLog));
});
afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

function input(event = cooperativeRegistered()): AppendLifecycleEventsInput {
  return {
    streamId: event.data.cooperativeId,
    workflowId: `cooperative-lifecycle/${event.data.registrationCode}`,
    actor: officer,
    occurredAt: '2015-03-20T00:00:00+07:00',
    events: [event],
  };
}

/** The same activity of the same workflow run, as Temporal delivers it on attempt `attempt`. */
function attemptOf(runId: string, attempt: number): MockActivityEnvironment {
  return new MockActivityEnvironment({
    attempt,
    activityId: '1',
    workflowExecution: { workflowId: 'cooperative-lifecycle/test', runId },
  });
}

const run = (env: MockActivityEnvironment, request: AppendLifecycleEventsInput) =>
  env.run((value: AppendLifecycleEventsInput) => activities.appendLifecycleEvents(value), request);

describe('appendLifecycleEvents', () => {
  it('appends once however often Temporal retries the same activity', async () => {
    const request = input();
    const runId = randomUUID();
    const first = await run(attemptOf(runId, 1), request);
    const second = await run(attemptOf(runId, 2), request);

    expect(second).toEqual(first);
    const events = await eventLog.read(request.streamId);
    expect(events).toHaveLength(1);
    expect(events[0].idempotencyKey).toBe(`cooperative-lifecycle/test/${runId}/1#0`);
  });

  it('turns a code held by another cooperative into a refusal the API can show, storing nothing', async () => {
    const details = registrationDetails();
    await run(attemptOf(randomUUID(), 1), input(cooperativeRegistered(details)));
    const intruder = input(cooperativeRegistered(details));

    const error: unknown = await run(attemptOf(randomUUID(), 1), intruder).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ type: 'REGISTRATION_CODE_TAKEN', nonRetryable: true });
    const [{ detail }] = (error as ApplicationFailure).details as [{ detail: { vi: string; en: string } }];
    expect(detail.vi).toContain(details.registrationCode);
    expect(await new CooperativeRepository(dataSource, eventLog).findById(intruder.streamId)).toBeNull();
  });
});
