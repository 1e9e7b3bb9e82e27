import { restartPostgres } from '@htx/dev-infra';
import { until } from '../support/eventually';
import { checkInvariants, CLEAN } from '../support/invariants';
import { startFaultStack, type FaultStack } from '../support/fault-stack';
import { eventsOfFact, registerCooperative, waitForFact } from '../support/fault-helpers';
import { factLoad } from '../support/fact-load';
import { testEnv } from '../support/test-env';

let stack: FaultStack;
beforeAll(async () => {
  stack = await startFaultStack();
});
afterAll(async () => {
  await stack?.stop();
});

const committedKeys = async () =>
  (await stack.dataSource.query<{ key: string }[]>('SELECT idempotency_key AS key FROM lifecycle_events')).map(
    ({ key }) => key,
  );

describe.each(['immediate', 'fast'] as const)('PostgreSQL restarted (-m %s) under load', (mode) => {
  it('loses no acknowledged event; appends fail, back off and land once; the pools reconnect', async () => {
    const cooperatives = await Promise.all(Array.from({ length: 3 }, () => registerCooperative(stack)));
    const [apiPid, workerPid] = [stack.api.pid, stack.worker.pid];
    const load = factLoad(
      stack,
      cooperatives.map((cooperative) => cooperative.id),
      30,
      `pg-${mode}`,
    );
    await until(
      () => Promise.resolve(load.accepted.length),
      (accepted) => accepted >= 8,
      'some reports before the restart',
      {
        timeoutMs: 30_000,
      },
    );

    const acknowledged = await committedKeys();
    await restartPostgres(testEnv('postgresDataDir'), mode, testEnv('postgresLogFile'));

    const facts = await load.done;
    for (const factId of facts) await waitForFact(stack, factId);
    const after = new Set(
      await until(committedKeys, (keys) => keys.length > 0, 'the log readable again', { timeoutMs: 30_000 }),
    );
    expect(acknowledged.filter((key) => !after.has(key))).toEqual([]);
    for (const factId of facts) expect(await eventsOfFact(stack, factId)).toBe(1);
    expect([stack.api.pid, stack.worker.pid]).toEqual([apiPid, workerPid]);
    expect((await stack.officer.get(`/cooperatives/${cooperatives[0].id}`)).status).toBe(200);
    expect(await checkInvariants(stack.dataSource, stack.client)).toMatchObject(CLEAN);
  });
});
