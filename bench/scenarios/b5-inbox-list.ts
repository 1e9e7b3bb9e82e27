import { addDays, vietnamDateOf } from '@htx/domain';
import { Pool } from 'pg';
import { reviewSpec } from '../../test/support/task-fixtures';
import { sized, type BenchContext, type ScenarioResult } from '../support/context';
import { closedLoopFor, openLoop, round } from '../support/stats';

const PAGE = 25;
const RATE = 100;
const CONNECTIONS = 4;

/**
 * B5: the officers' inbox at 100k open tasks. The raw side sends the very keyset query GET /tasks runs (same filters,
 * same order, same page size, random cursors) through node-pg; ours is GET /tasks over HTTP, signed in, with its
 * access check. Both at 100 requests/s (open loop: a slow answer shows as latency), then flat out for the QPS ratio.
 */
export async function b5InboxList(context: BenchContext): Promise<ScenarioResult> {
  const tasks = sized(context, 100_000, 2_000);
  const seconds = sized(context, 30, 10);
  const template = reviewSpec(Date.now());
  const today = vietnamDateOf(new Date());
  await context.dataSource.query(
    `INSERT INTO tasks (id, workflow_id, kind, subject_type, subject_id, subject_name, territory_code, candidate_role,
       status, priority, due_on, escalated, spec, opened_at, version)
     SELECT g.id, 'bench-b5/' || g.n, 'establishment-review', 'establishment-application', gen_random_uuid(),
       'Hợp tác xã số ' || g.n, g.territory, 'registration-officer', 'open', 50, g.due, false,
       jsonb_set(jsonb_set(jsonb_set($1::jsonb, '{taskId}', to_jsonb(g.id::text)), '{due,due}', to_jsonb(g.due::text)),
         '{subject,territoryCode}', to_jsonb(g.territory)),
       now(), 1
     FROM (SELECT n, gen_random_uuid() AS id, CASE WHEN n % 2 = 0 THEN '216' ELSE '222' END AS territory,
             $2::date + (n % 730) AS due
           FROM generate_series(1, $3::int) AS n) g`,
    [JSON.stringify(template), addDays(today, -365), tasks],
  );
  await context.dataSource.query('ANALYZE tasks');
  const [{ open }] = await context.dataSource.query<{ open: number }[]>(
    `SELECT count(*)::int AS open FROM tasks WHERE status = 'open'`,
  );

  const randomDue = () => addDays(today, -365 + Math.floor(Math.random() * 730));
  const zeroId = '00000000-0000-0000-0000-000000000000';
  const pool = new Pool({ connectionString: context.infra.databaseUrl, max: CONNECTIONS });
  const raw = () =>
    pool.query({
      name: 'inbox-page',
      text: `SELECT t.* FROM tasks t WHERE t.territory_code = ANY($1) AND t.status = ANY($2)
               AND (t.due_on, t.id) > ($3, $4) ORDER BY t.due_on ASC, t.id ASC LIMIT ${PAGE}`,
      values: [['216'], ['open', 'claimed'], randomDue(), zeroId],
    });
  const cursor = () => Buffer.from(JSON.stringify([randomDue(), 50, zeroId])).toString('base64url');
  const ours = async () => {
    const response = await context.officer.get<{ items: unknown[] }>(`/tasks?limit=${PAGE}&after=${cursor()}`);
    if (response.status !== 200) {
      throw new Error(`GET /tasks answered ${response.status}`);
    }
  };

  await openLoop(RATE, 3_000, raw);
  await openLoop(RATE, 3_000, ours);
  const rawAtRate = await openLoop(RATE, seconds * 1000, raw);
  const oursAtRate = await openLoop(RATE, seconds * 1000, ours);
  const rawFlat = await closedLoopFor(10_000, CONNECTIONS, raw);
  const oursFlat = await closedLoopFor(10_000, CONNECTIONS, ours);
  await pool.end();
  await context.dataSource.query(`DELETE FROM tasks WHERE workflow_id LIKE 'bench-b5/%'`);

  const qpsRatio = round(oursFlat.perSecond / rawFlat.perSecond, 3);
  return {
    id: 'B5',
    title: 'Inbox list: the raw keyset SQL vs GET /tasks at 100k open tasks',
    size: { openTasks: open, ratePerSecond: RATE, secondsAtRate: seconds, pageSize: PAGE, connections: CONNECTIONS },
    measured: { raw: rawAtRate, ours: oursAtRate, rawFlatOut: rawFlat, oursFlatOut: oursFlat, qpsRatio },
    checks: [
      {
        target: `GET /tasks p99 at ${RATE} requests/s`,
        value: `${oursAtRate.p99} ms`,
        goal: '≤ 50 ms',
        pass: oursAtRate.p99 <= 50,
      },
      {
        target: 'errors at 100 requests/s',
        value: String(oursAtRate.errors),
        goal: '0',
        pass: oursAtRate.errors === 0,
      },
      {
        target: 'QPS ratio ours / raw, flat out',
        value: String(qpsRatio),
        goal: '≥ 0.10 (anchors §7)',
        pass: qpsRatio >= 0.1,
      },
    ],
    notes: [
      "tasks seeded straight into the read model (half in the officer's district), due dates over two years; pages " +
        'start at a random due date (keyset cursor)',
      `flat out (closed loop, ${CONNECTIONS} at once): raw ${rawFlat.perSecond}/s, ours ${oursFlat.perSecond}/s`,
    ],
  };
}
