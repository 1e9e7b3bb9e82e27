import { checkInvariants } from '../support/invariants';
import { startFaultStack, type FaultStack } from '../support/fault-stack';
import { registerCooperative, reportActivity, waitForFact } from '../support/fault-helpers';

type Verification = {
  valid: boolean;
  break: { version: number; kind: string; message: { vi: string; en: string } } | null;
};

let stack: FaultStack;
beforeAll(async () => {
  stack = await startFaultStack();
});
afterAll(async () => {
  await stack?.stop();
});

/** A cooperative with a few events in its log. */
async function withHistory(label: string) {
  const cooperative = await registerCooperative(stack);
  for (let index = 0; index < 3; index++) {
    await waitForFact(stack, await reportActivity(stack, cooperative.id, `${label}-${index}`));
  }
  return cooperative;
}

/** A superuser going around the append-only trigger (session_replication_role skips triggers). */
async function asSuperuserAroundTheTrigger(sql: string, parameters: unknown[]): Promise<void> {
  await stack.dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL session_replication_role = replica`);
    await manager.query(sql, parameters);
  });
}

describe('a log changed behind the application', () => {
  it('an edited row: the verifier names the event whose hash no longer matches', async () => {
    const cooperative = await withHistory('edited');
    await asSuperuserAroundTheTrigger(
      `UPDATE lifecycle_events SET data = jsonb_set(data, '{description}', '"sửa lén"') WHERE stream_id = $1 AND version = 3`,
      [cooperative.id],
    );
    const verified = await stack.officer.get<Verification>(`/cooperatives/${cooperative.id}/events/verify`);
    expect(verified.body).toMatchObject({ valid: false, break: { version: 3, kind: 'hash-mismatch' } });
    expect(verified.body.break!.message.vi).toContain('3');
    const report = await checkInvariants(stack.dataSource, stack.client);
    expect(report.brokenChains).toEqual([expect.stringContaining(cooperative.id)]);
  });

  it('a deleted row: in the middle a version is missing, at the end the head no longer matches the registry', async () => {
    const middle = await withHistory('deleted-middle');
    const last = await withHistory('deleted-last');
    await asSuperuserAroundTheTrigger('DELETE FROM lifecycle_events WHERE stream_id = $1 AND version = 2', [middle.id]);
    await asSuperuserAroundTheTrigger(
      'DELETE FROM lifecycle_events WHERE stream_id = $1 AND version = (SELECT max(version) FROM lifecycle_events WHERE stream_id = $1)',
      [last.id],
    );
    const [gap, cut] = await Promise.all(
      [middle, last].map((cooperative) =>
        stack.officer.get<Verification>(`/cooperatives/${cooperative.id}/events/verify`),
      ),
    );
    expect(gap.body).toMatchObject({ valid: false, break: { version: 2, kind: 'missing-version' } });
    expect(cut.body).toMatchObject({ valid: false, break: { kind: 'head-mismatch' } });
    const report = await checkInvariants(stack.dataSource, stack.client);
    expect(report.brokenChains).toEqual(
      expect.arrayContaining([expect.stringContaining(middle.id), expect.stringContaining(last.id)]),
    );
  });
});
