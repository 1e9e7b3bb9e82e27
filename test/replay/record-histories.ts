// Records the replay fixtures from the real Temporal dev server: `npm run record:histories`.
// Run it when a workflow gains a new path worth guarding; commit the JSON it writes. Never re-record to make a
// failing replay pass: that failure is the point (version the change with patched() instead).
import 'tsconfig-paths/register';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE,
  registerCooperativeUpdate,
  type AppendLifecycleEventsInput,
  type EventLogActivityContract,
  type RegisterCooperativeRequest,
} from '@htx/contracts';
import { freePort, projectPaths, startTemporalDevServer } from '@htx/dev-infra';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { NativeConnection, Worker } from '@temporalio/worker';
import { installTemporalLogging } from '../../apps/worker/src/temporal-logger';
import { bundleWorkflows } from '../support/temporal';

const request: RegisterCooperativeRequest = {
  details: {
    registrationCode: '2416000001',
    name: 'Hợp tác xã Nông nghiệp Cao Xá',
    kind: 'cooperative',
    sector: 'agriculture',
    territoryCode: '216',
    regime: 'law-2012',
    registeredOn: '2015-03-20',
    memberCount: 42,
  },
  actor: { id: 'officer.tanyen', role: 'registration-officer', displayName: 'Nguyễn Văn An' },
};

const eventLog: EventLogActivityContract = {
  appendLifecycleEvents: (input: AppendLifecycleEventsInput) =>
    Promise.resolve({ streamVersion: input.expectedVersion + input.events.length, headHash: 'f'.repeat(64) }),
};

const scenarios: Record<string, (handle: WorkflowHandle) => Promise<void>> = {
  'cooperative-registered': async (handle) => {
    await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
  },
  'cooperative-registered-repeated-and-refused': async (handle) => {
    await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
    await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
    const other = { ...request, details: { ...request.details, name: 'Hợp tác xã Khác' } };
    await handle.executeUpdate(registerCooperativeUpdate, { args: [other] }).catch(() => undefined);
  },
};

async function main(): Promise<void> {
  installTemporalLogging('warn');
  const folder = join(projectPaths().root, 'test', 'replay', 'histories');
  const temporal = await startTemporalDevServer({
    port: await freePort(),
    logFile: join(projectPaths().data, 'logs', 'record.log'),
  });
  const connection = await NativeConnection.connect({ address: temporal.address });
  const client = new Client({ connection: await Connection.connect({ address: temporal.address }) });
  const taskQueue = 'record-histories';
  const worker = await Worker.create({
    connection,
    taskQueue,
    workflowBundle: await bundleWorkflows(),
    activities: eventLog,
  });
  await worker.runUntil(async () => {
    for (const [name, scenario] of Object.entries(scenarios)) {
      const handle = await client.workflow.start(COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE, {
        taskQueue,
        workflowId: `cooperative-lifecycle/${name}`,
        args: [{}],
      });
      await scenario(handle);
      writeFileSync(join(folder, `${name}.json`), historyToJSON(await handle.fetchHistory()) + '\n');
      console.log(`recorded ${name}`);
    }
  });
  await client.connection.close();
  await connection.close();
  await temporal.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
