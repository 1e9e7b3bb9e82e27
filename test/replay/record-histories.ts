// Records the replay fixtures from the real Temporal dev server: `npm run record:histories`.
// Run it when a workflow gains a new path worth guarding; it records the fixtures not recorded yet, and you commit
// the JSON it writes. Never re-record to make a failing replay pass: that failure is the point (version the change
// with patched() instead).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  claimTaskUpdate,
  CONVERSION_WORKFLOW_TYPE,
  COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE,
  decideTaskUpdate,
  DORMANCY_SWEEP_WORKFLOW_TYPE,
  ESTABLISHMENT_WORKFLOW_TYPE,
  getCooperativeStateQuery,
  importCooperativeUpdate,
  getEnrolmentQuery,
  getOpenTasksQuery,
  openDissolutionUpdate,
  recordDissolutionStepUpdate,
  recordFactSignal,
  recordConversionChecklistUpdate,
  fileConversionEvidenceUpdate,
  rulesCorrectedSignal,
  REPORT_CASCADE_WORKFLOW_TYPE,
  TERRITORY_REPORT_WORKFLOW_TYPE,
  registerCooperativeUpdate,
  submitApplicationUpdate,
  type AppendLifecycleEventsInput,
  type ConversionInput,
  type DormancySweepActivityContract,
  type EventLogActivityContract,
  type ReferenceDataActivityContract,
  type RegisterCooperativeRequest,
  type RegistryActivityContract,
  type ReportCascadeActivityContract,
  type ReportingActivityContract,
} from '@htx/contracts';
import { addDays, BUILT_IN_RULES, campaignTerms, NOTHING_FOUND, vietnamDateOf, type Task } from '@htx/domain';
import { freePort, projectPaths, startTemporalDevServer } from '@htx/dev-infra';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { NativeConnection, Worker } from '@temporalio/worker';
import { installTemporalLogging } from '../../apps/worker/src/temporal-logger';
import { dossier } from '../support/dossiers';
import { emptyReferenceData } from '../support/reference-data';
import { headActor, officerActor } from '../support/task-fixtures';
import { fakeReporting } from '../support/lifecycle-harness';
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

let version = 0;
const activities: EventLogActivityContract &
  ReferenceDataActivityContract &
  RegistryActivityContract &
  DormancySweepActivityContract &
  ReportingActivityContract &
  ReportCascadeActivityContract = {
  appendLifecycleEvents: (input: AppendLifecycleEventsInput) => {
    version += input.events.length;
    return Promise.resolve({ streamVersion: version, headHash: 'f'.repeat(64) });
  },
  ...emptyReferenceData,
  ...fakeReporting(),
  listCascadeTerritories: () =>
    Promise.resolve([
      { code: '216', name: 'Huyện Tân Yên', level: 'district' as const },
      { code: '24', name: 'Tỉnh Bắc Giang', level: 'province' as const },
    ]),
  allocateRegistrationCode: (input) => Promise.resolve(`${input.territoryCode}-${input.year}-0001`),
  screenApplication: () => Promise.resolve(NOTHING_FOUND),
  openDormancySweep: (request) => Promise.resolve({ ...request, completed: false }),
  // Two pages; the first finds one cooperative to flag whose workflow does not exist (the signal fails, is logged).
  assessDormancySweepPage: ({ after }) =>
    Promise.resolve(
      after
        ? { assessed: 1, flagged: 0, next: null, toFlag: [] }
        : {
            assessed: 1,
            flagged: 1,
            next: '00000000-0000-4000-8000-000000000001',
            toFlag: [{ cooperativeId: '00000000-0000-4000-8000-000000000001', workflowId: 'replay-fixture/absent' }],
          },
    ),
  completeDormancySweep: (sweepId) => Promise.resolve({ sweepId, assessed: 2, flagged: 1 }),
};

type Scenario = { workflowType: string; args: unknown[]; run: (handle: WorkflowHandle) => Promise<void> };

/** The one task open on the run, once it is. */
async function openTask(handle: WorkflowHandle, kind: string): Promise<Task> {
  for (;;) {
    const task = (await handle.query(getOpenTasksQuery)).find((candidate) => candidate.spec.kind === kind);
    if (task) return task;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const lifecycle = (run: Scenario['run']): Scenario => ({
  workflowType: COOPERATIVE_LIFECYCLE_WORKFLOW_TYPE,
  args: [{}],
  run,
});

const scenarios: Record<string, Scenario> = {
  'cooperative-registered': lifecycle(async (handle) => {
    await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
  }),
  'cooperative-registered-repeated-and-refused': lifecycle(async (handle) => {
    await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
    await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
    const other = { ...request, details: { ...request.details, name: 'Hợp tác xã Khác' } };
    await handle.executeUpdate(registerCooperativeUpdate, { args: [other] }).catch(() => undefined);
  }),
  'establishment-reviewed-and-approved': {
    workflowType: ESTABLISHMENT_WORKFLOW_TYPE,
    args: [{ applicationId: '5d0c8a6e-2f0b-4c47-9b7e-3f7a2d1c9e10' }],
    run: async (handle) => {
      const receivedBy = {
        id: officerActor.id,
        role: 'registration-officer' as const,
        displayName: officerActor.displayName,
      };
      await handle.executeUpdate(submitApplicationUpdate, {
        args: [{ dossier: dossier(), receivedAt: '2026-11-20T09:00:00+07:00', receivedBy }],
      });
      const review = await openTask(handle, 'establishment-review');
      await handle.executeUpdate(claimTaskUpdate, { args: [{ taskId: review.spec.taskId, actor: officerActor }] });
      await handle.executeUpdate(decideTaskUpdate, {
        args: [
          {
            taskId: review.spec.taskId,
            actor: officerActor,
            optionId: 'propose-approval',
            comment: 'Hồ sơ đầy đủ.',
            formData: { originalsChecked: true },
          },
        ],
      });
      const decision = await openTask(handle, 'establishment-decision');
      await handle.executeUpdate(decideTaskUpdate, {
        args: [{ taskId: decision.spec.taskId, actor: headActor, optionId: 'approve', comment: '', formData: {} }],
      });
      await handle.result();
    },
  },
};

scenarios['cooperative-dissolved-voluntarily'] = lifecycle(async (handle) => {
  const registered = {
    ...request,
    details: { ...request.details, regime: 'law-2023' as const, registeredOn: '2026-01-15' },
  };
  await handle.executeUpdate(registerCooperativeUpdate, { args: [registered] });
  const by = { id: officerActor.id, displayName: officerActor.displayName };
  await handle.executeUpdate(openDissolutionUpdate, {
    args: [
      {
        request: {
          caseId: 'replay-case',
          kind: 'voluntary',
          resolution: { adoptedOn: '2026-11-20', membersPresent: 40, votesFor: 36, minutesReference: '05/BB' },
          openedBy: by,
        },
        actor: request.actor,
      },
    ],
  });
  const decide = async (kind: string, actor: typeof officerActor, optionId: string) => {
    const task = await openTask(handle, kind);
    await handle.executeUpdate(decideTaskUpdate, {
      args: [{ taskId: task.spec.taskId, actor, optionId, comment: '', formData: { reference: 'VB-01' } }],
    });
  };
  await decide('dissolution-step', officerActor, 'done');
  for (;;) {
    const { cooperative } = await handle.query(getCooperativeStateQuery);
    if (cooperative?.status === 'dissolving') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const stepId of ['debts-settled', 'dossier-filed'] as const) {
    await handle.executeUpdate(recordDissolutionStepUpdate, {
      args: [
        {
          record: {
            caseId: 'replay-case',
            stepId,
            outcome: 'done',
            completedOn: vietnamDateOf(new Date()),
            reference: stepId,
            note: '',
            by,
          },
          actor: request.actor,
        },
      ],
    });
  }
  await decide('dissolution-decision', headActor, 'confirm');
  await handle.result();
});

// Registered in 2015 and silent since: last year's report is overdue at once (the ladder catches up with one
// reminder, the follow-up task and the warning, each notice delivered), the officer follows up, the report arrives.
// Carried over from a register that says nothing of reports: last year's report is unknown, only this year's is tracked.
scenarios['cooperative-imported-reports-unknown'] = lifecycle(async (handle) => {
  await handle.executeUpdate(importCooperativeUpdate, { args: [{ ...request, facts: [] }] });
  while (!(await handle.query(getCooperativeStateQuery)).cooperative?.reporting) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
});

// The same two again, recorded once a run's patches became one marker (LifecyclePatches): what new runs look like.
scenarios['cooperative-imported-one-patch-marker'] = scenarios['cooperative-imported-reports-unknown'];
scenarios['cooperative-dissolved-one-patch-marker'] = scenarios['cooperative-dissolved-voluntarily'];

scenarios['cooperative-report-overdue-followed-up'] = lifecycle(async (handle) => {
  const { cooperative } = await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
  const followUp = await openTask(handle, 'report-follow-up');
  await handle.executeUpdate(claimTaskUpdate, { args: [{ taskId: followUp.spec.taskId, actor: officerActor }] });
  await handle.executeUpdate(decideTaskUpdate, {
    args: [
      {
        taskId: followUp.spec.taskId,
        actor: officerActor,
        optionId: 'contacted',
        comment: 'Đã gọi điện cho giám đốc hợp tác xã.',
        formData: {},
      },
    ],
  });
  const year = Number(followUp.spec.reference?.replace('report-', ''));
  await handle.signal(recordFactSignal, {
    factId: 'replay-report',
    fact: { kind: 'annual-report', year, filedOn: vietnamDateOf(new Date()), reference: 'BC-replay' },
    actor: request.actor,
  });
  for (;;) {
    const state = await handle.query(getCooperativeStateQuery);
    const obligation = state.cooperative?.reporting?.obligations.find((found) => found.year === year);
    const delivered = obligation?.steps.every((step) => !step.noticeId || step.delivery);
    if (obligation?.status === 'filed' && delivered) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await handle.terminate(`recorded (${cooperative.cooperativeId})`);
});

// The yearly pass for 2026 over a district and its province (its children are left running), and one territory's
// task decided to the end.
scenarios['report-cascade-two-territories'] = {
  workflowType: REPORT_CASCADE_WORKFLOW_TYPE,
  args: [{ year: 2026 }],
  run: async (handle) => {
    await handle.result();
  },
};
scenarios['territory-report-sent'] = {
  workflowType: TERRITORY_REPORT_WORKFLOW_TYPE,
  args: [{ territory: { code: '222', name: 'Thị xã Việt Yên', level: 'district' }, year: 2026 }],
  run: async (handle) => {
    const task = await openTask(handle, 'report-cascade');
    await handle.executeUpdate(claimTaskUpdate, { args: [{ taskId: task.spec.taskId, actor: officerActor }] });
    await handle.executeUpdate(decideTaskUpdate, {
      args: [
        {
          taskId: task.spec.taskId,
          actor: officerActor,
          optionId: 'sent',
          comment: '',
          formData: { reference: '45/BC' },
        },
      ],
    });
    await handle.result();
  },
};

// A rule correction rolled out to a running cooperative: its timers move.
scenarios['cooperative-rules-corrected'] = lifecycle(async (handle) => {
  await handle.executeUpdate(registerCooperativeUpdate, { args: [request] });
  const before = (await handle.query(getCooperativeStateQuery)).nextDueOn;
  await handle.signal(rulesCorrectedSignal, {
    corrections: [
      {
        regime: 'law-2023',
        parameterId: 'dormancy.inactive-12m',
        sequence: 1,
        value: 6,
        citation: { vi: 'Văn bản thử nghiệm: 6 tháng', en: 'Test text: 6 months' },
        confirmed: true,
        effectiveFrom: '2020-01-01',
        reason: 'Ghi lại lịch sử để kiểm tra tính tất định.',
        correctedBy: 'quan-tri',
        correctedAt: '2026-11-23T00:00:00.000Z',
      },
    ],
  });
  while ((await handle.query(getCooperativeStateQuery)).nextDueOn === before) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await handle.terminate('recorded');
});

// One cooperative's conversion to the 2023 Law: checklist, amended charter, the officer's sign-off, the end.
const today = vietnamDateOf(new Date());
scenarios['conversion-signed-off'] = {
  workflowType: CONVERSION_WORKFLOW_TYPE,
  args: [
    {
      campaign: campaignTerms(
        {
          campaignId: '00000000-0000-4000-8000-0000000000c1',
          name: 'Sửa đổi điều lệ theo Luật Hợp tác xã 2023',
          territoryCode: '216',
          target: 'law-2023',
          followUpBy: addDays(today, 90),
          openedBy: request.actor,
        },
        today,
        BUILT_IN_RULES,
      ),
      member: {
        cooperativeId: '00000000-0000-4000-8000-000000000001',
        workflowId: 'replay-fixture/absent',
        enrolmentId: '00000000-0000-4000-8000-0000000000e1',
        registrationCode: '2416000001',
        name: 'Hợp tác xã Nông nghiệp Cao Xá',
        kind: 'cooperative',
        sector: 'agriculture',
        territoryCode: '216',
        regime: 'law-2012',
      },
    },
  ],
  run: async (handle) => {
    await handle.executeUpdate(recordConversionChecklistUpdate, {
      args: [{ answers: [{ itemId: 'capital-share', status: 'conforms', note: '' }], actor: request.actor }],
    });
    await handle.executeUpdate(fileConversionEvidenceUpdate, {
      args: [{ filing: { kind: 'amended-charter', reference: 'NQ 02', filedOn: today }, actor: request.actor }],
    });
    const task = await openTask(handle, 'conversion-sign-off');
    await handle.executeUpdate(decideTaskUpdate, {
      args: [{ taskId: task.spec.taskId, actor: officerActor, optionId: 'confirm', comment: '', formData: {} }],
    });
    await handle.result();
  },
};

// A conversion whose follow-up date is a week away: the reminder is recorded and mailed at once, then the charter.
scenarios['conversion-reminded-by-mail'] = {
  ...scenarios['conversion-signed-off'],
  args: [
    {
      ...(scenarios['conversion-signed-off'].args[0] as ConversionInput),
      campaign: campaignTerms(
        {
          campaignId: '00000000-0000-4000-8000-0000000000c2',
          name: 'Sửa đổi điều lệ theo Luật Hợp tác xã 2023',
          territoryCode: '216',
          target: 'law-2023',
          followUpBy: addDays(today, 7),
          openedBy: request.actor,
        },
        today,
        BUILT_IN_RULES,
      ),
    },
  ],
  run: async (handle) => {
    while (!(await handle.query(getEnrolmentQuery))?.notices?.[0]?.delivery) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await scenarios['conversion-signed-off'].run(handle);
  },
};

scenarios['dormancy-sweep-two-pages'] = {
  workflowType: DORMANCY_SWEEP_WORKFLOW_TYPE,
  args: [
    {
      sweep: {
        sweepId: 'replay-sweep',
        asOf: '2026-11-22',
        territoryCode: '216',
        territoryCodes: ['216'],
        requestedBy: request.actor,
      },
    },
  ],
  run: async (handle) => {
    await handle.result();
  },
};

async function main(): Promise<void> {
  installTemporalLogging('warn');
  const folder = join(projectPaths().root, 'test', 'replay', 'histories');
  const temporal = await startTemporalDevServer({
    port: await freePort(),
    logFile: join(projectPaths().data, 'logs', 'record.log'),
  });
  try {
    await record(folder, temporal.address);
  } finally {
    // A scenario that fails must not leave the dev server running.
    await temporal.stop();
  }
}

async function record(folder: string, address: string): Promise<void> {
  const connection = await NativeConnection.connect({ address });
  const client = new Client({ connection: await Connection.connect({ address }) });
  const taskQueue = 'record-histories';
  const worker = await Worker.create({
    connection,
    taskQueue,
    workflowBundle: await bundleWorkflows(),
    activities,
  });
  await worker.runUntil(async () => {
    for (const [name, scenario] of Object.entries(scenarios)) {
      const file = join(folder, `${name}.json`);
      if (existsSync(file)) continue;
      const handle = await client.workflow.start(scenario.workflowType, {
        taskQueue,
        workflowId: `replay-fixture/${name}`,
        args: scenario.args,
      });
      await scenario.run(handle);
      writeFileSync(file, historyToJSON(await handle.fetchHistory()) + '\n');
      console.log(`recorded ${name}`);
    }
  });
  await client.connection.close();
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
