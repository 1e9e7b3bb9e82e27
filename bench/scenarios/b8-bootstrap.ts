import { addDays, addMonths, vietnamDateOf } from '@htx/domain';
import { cooperativeLifecycleWorkflowId } from '@htx/contracts';
import { until } from '../../test/support/eventually';
import { sized, type BenchContext, type ScenarioResult } from '../support/context';
import { benchCode } from '../support/population';
import { closedLoop, round } from '../support/stats';

/** The import's own concurrency towards Temporal (RegistryImportsService): the raw side gets the same. */
const CONCURRENCY = 32;
const HEADER =
  'Mã số HTX,Tên HTX,Loại hình,Lĩnh vực,Mã địa bàn,Luật áp dụng,Ngày đăng ký,Số thành viên,Ngày đại hội gần nhất,Ngày hoạt động gần nhất';

type Progress = {
  id: string;
  status: string;
  totalRows: number;
  processed: number;
  created: number;
  failures?: unknown[];
};

/**
 * A district's register as its CSV export: each row a cooperative with its last general meeting and activity
 * (every 7th silent for over a year). `reversed`: the same register exported in the opposite order.
 */
function registerFile(codes: readonly string[], reversed = false): Buffer {
  const today = vietnamDateOf(new Date());
  const lines = codes.map((code, index) => {
    const lastEvidence = index % 7 === 0 ? addMonths(today, -13) : addDays(today, -(index % 300));
    return [code, `Hợp tác xã Dịch vụ số ${index}`, 'Hợp tác xã', 'agriculture', '216', '2023', '15/08/2024']
      .concat([String(7 + (index % 50)), lastEvidence, lastEvidence])
      .join(',');
  });
  return Buffer.from([HEADER, ...(reversed ? lines.reverse() : lines)].join('\r\n'), 'utf8');
}

async function importFile(context: BenchContext, name: string, content: Buffer, rows: number): Promise<Progress> {
  const started = await context.officer.upload<Progress>(
    '/cooperatives/import',
    {},
    { name, type: 'text/csv', content },
  );
  if (started.status !== 202) throw new Error(`import refused: ${started.status} ${JSON.stringify(started.body)}`);
  const done = await until(
    () => context.officer.get<Progress>(`/cooperatives/import/${started.body.id}`),
    (response) => response.body.status === 'completed',
    `the import of ${rows} rows`,
    // An import that stops (it would resume only when the api restarts) fails the scenario instead of hanging it.
    { timeoutMs: Math.max(600_000, rows * 1_000), intervalMs: 250 },
  );
  return done.body;
}

/** The value once it has stopped changing for two seconds. */
async function settled(read: () => Promise<number>): Promise<number> {
  let last = await read();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const now = await read();
    if (now === last) return now;
    last = now;
  }
}

const count = async (context: BenchContext, sql: string) => (await context.dataSource.query<{ n: number }[]>(sql))[0].n;

/**
 * B8: raw workflow starts (started and completed, as many at once as the import runs) vs the registry import through
 * the api — every row's workflow started with its registration and history, audited — then the same rows again.
 */
export async function b8Bootstrap(context: BenchContext): Promise<ScenarioResult> {
  // 2,000 by default (about 10 minutes with the re-import on 2 cores); BENCH_SCALE=5 imports the 10,000 of B7's goal.
  const rows = sized(context, 2_000, 50);
  let rawFailures = 0;
  const raw = await closedLoop(rows, CONCURRENCY, (index) =>
    context.client.workflow
      .execute('trivialWorkflow', { taskQueue: context.rawTaskQueue, workflowId: `b8-raw-${index}`, args: [] })
      .catch(() => void rawFailures++),
  );

  const codes = Array.from({ length: rows }, (_, index) => benchCode('08', index));
  const before = await count(context, 'SELECT count(*)::int AS n FROM cooperatives');
  const eventsBefore = await count(context, 'SELECT count(*)::int AS n FROM lifecycle_events');
  const started = performance.now();
  const first = await importFile(context, `so-dang-ky-${rows}.csv`, registerFile(codes), rows);
  const seconds = (performance.now() - started) / 1000;
  const oursPerSecond = round(rows / seconds, 1);
  const cooperatives = await count(context, 'SELECT count(*)::int AS n FROM cooperatives');
  // Each workflow goes on after its import (its calendar, a first look at its deadlines): wait until that is done.
  const events = await settled(() => count(context, 'SELECT count(*)::int AS n FROM lifecycle_events'));

  // The same register exported again (another file: rows in the opposite order): nothing may be created twice.
  const again = await importFile(context, `so-dang-ky-${rows}-lan-2.csv`, registerFile(codes, true), rows);
  const cooperativesAfter = await count(context, 'SELECT count(*)::int AS n FROM cooperatives');
  const eventsAfter = await count(context, 'SELECT count(*)::int AS n FROM lifecycle_events');
  const duplicateKeys = await count(
    context,
    'SELECT count(*)::int AS n FROM (SELECT idempotency_key FROM lifecycle_events GROUP BY 1 HAVING count(*) > 1) d',
  );

  context.shared.population = codes.map(cooperativeLifecycleWorkflowId);
  const ratio = round(oursPerSecond / raw.perSecond, 3);
  return {
    id: 'B8',
    title: 'Bootstrap: raw workflow starts vs the registry import (POST /cooperatives/import), then re-import',
    size: { rows, concurrency: CONCURRENCY },
    measured: {
      raw,
      ours: { count: rows, seconds: round(seconds, 1), perSecond: oursPerSecond },
      ratio,
      firstImport: first,
      reImport: again,
      eventsPerCooperative: round((events - eventsBefore) / rows, 2),
    },
    checks: [
      { target: 'rows/s ratio ours / raw starts', value: String(ratio), goal: '≥ 0.5', pass: ratio >= 0.5 },
      {
        target: 'every row created once',
        value: `${first.created} created, ${cooperatives - before} cooperatives`,
        goal: `${rows}`,
        pass: first.created === rows && cooperatives - before === rows,
      },
      {
        target: 're-import creates nothing',
        value: `${again.created} created, ${cooperativesAfter - cooperatives} cooperatives, ${eventsAfter - events} events`,
        goal: '0',
        pass: again.created === 0 && cooperativesAfter === cooperatives && eventsAfter === events,
      },
      {
        target: 're-import finds every row already there',
        value: `${again.processed} processed, ${again.failures?.length ?? 0} refused`,
        goal: `${rows} processed, 0 refused`,
        pass: again.processed === rows && (again.failures?.length ?? 0) === 0,
      },
      {
        target: 'events per idempotency key',
        value: `${duplicateKeys} keys with more than one`,
        goal: '0',
        pass: duplicateKeys === 0,
      },
      { target: 'raw workflow failures', value: String(rawFailures), goal: '0', pass: rawFailures === 0 },
    ],
    notes: [
      `ours: ${oursPerSecond} rows/s end to end (upload to completed, ${round(seconds, 1)} s); the re-import took ` +
        `the same path for every row and found each one done`,
    ],
  };
}
