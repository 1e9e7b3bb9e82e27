import { until } from '../support/eventually';
import { registrationDetails } from '../support/events';
import { checkInvariants, CLEAN } from '../support/invariants';
import { startFaultStack, type FaultStack } from '../support/fault-stack';
import { eventsOfFact, registerCooperative, waitForFact } from '../support/fault-helpers';
import { factLoad } from '../support/fact-load';

type Cooperative = { id: string };

let stack: FaultStack;
beforeAll(async () => {
  stack = await startFaultStack();
});
afterAll(async () => {
  await stack?.stop();
});

describe.each(['SIGTERM', 'SIGKILL'] as const)(
  'the Temporal dev server stopped with %s and started again on its db file',
  (signal) => {
    it('keeps every workflow; the api and the worker reconnect by themselves; reports sent meanwhile land once', async () => {
      const cooperatives = await Promise.all(Array.from({ length: 3 }, () => registerCooperative(stack)));
      const [apiPid, workerPid] = [stack.api.pid, stack.worker.pid];
      const load = factLoad(
        stack,
        cooperatives.map((cooperative) => cooperative.id),
        30,
        `restart-${signal}`,
      );
      await until(
        () => Promise.resolve(load.accepted.length),
        (accepted) => accepted >= 5,
        'some reports before the restart',
        {
          timeoutMs: 30_000,
        },
      );

      await stack.restartTemporal(signal);

      const facts = await load.done;
      for (const factId of facts) await waitForFact(stack, factId);
      for (const factId of facts) expect(await eventsOfFact(stack, factId)).toBe(1);
      expect([stack.api.pid, stack.worker.pid]).toEqual([apiPid, workerPid]);

      // The service goes on: a repeat lands on the same workflow, a new cooperative starts one.
      const details = registrationDetails();
      const created = await stack.officer.post<Cooperative>('/cooperatives', details);
      expect(created.status).toBe(201);
      expect(await stack.officer.post<Cooperative>('/cooperatives', details)).toMatchObject({
        status: 200,
        body: { id: created.body.id },
      });
      expect(await checkInvariants(stack.dataSource, stack.client)).toMatchObject(CLEAN);
    });
  },
);
