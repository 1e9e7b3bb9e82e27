import {
  CONVERSION_CAMPAIGN_WORKFLOW_TYPE,
  CONVERSION_WORKFLOW_TYPE,
  conversionWorkflowId,
  decideTaskUpdate,
  fileConversionEvidenceUpdate,
  getCooperativeStateQuery,
  getEnrolmentQuery,
  openDissolutionUpdate,
  recordConversionChecklistUpdate,
  registerCooperativeUpdate,
  type CohortMember,
  type ConversionActivityContract,
  type ConversionCampaignWorkflow,
  type ConversionWorkflow,
} from '@htx/contracts';
import {
  addDays,
  BUILT_IN_RULES,
  campaignTerms,
  type Actor,
  type Cooperative,
  type Enrolment,
  type IsoDate,
  type TaskSpec,
} from '@htx/domain';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkflowBundle } from '@temporalio/worker';
import { until } from '../../../test/support/eventually';
import { fakeEventLog } from '../../../test/support/lifecycle-harness';
import { officerActor } from '../../../test/support/task-fixtures';
import {
  bundleWorkflows,
  createTimeSkippingEnv,
  intoDay,
  serverToday,
  skipTo,
  uniqueTaskQueue,
} from '../../../test/support/temporal';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundle;
let today: IsoDate;

beforeAll(async () => {
  workflowBundle = await bundleWorkflows();
});
beforeEach(async () => {
  env = await createTimeSkippingEnv();
  today = await serverToday(env);
});
afterEach(async () => {
  await env?.teardown();
});

const officer: Actor = { id: officerActor.id, role: 'registration-officer', displayName: officerActor.displayName };
const representative: Actor = {
  id: 'dai-dien.caoxa',
  role: 'cooperative-representative',
  displayName: 'Trần Thị Bình',
};

const finished = (handle: WorkflowHandle) =>
  until(
    () => handle.describe(),
    (description) => description.status.name === 'COMPLETED',
    `${handle.workflowId} to complete`,
  );

const names = ['Hợp tác xã Nông nghiệp Cao Xá', 'Hợp tác xã Dịch vụ Điện Ngọc Thiện', 'Hợp tác xã Chè Phúc Hòa'];

describe('a conversion campaign to the 2023 Law (time skipped)', () => {
  it('across its follow-up date: one conforms and changes regime, one begins to dissolve, one is reminded and flagged', async () => {
    const log = fakeEventLog();
    const taskQueue = uniqueTaskQueue('conversion');
    const cooperatives: WorkflowHandle[] = [];
    const members: CohortMember[] = [];
    const completed: number[] = [];
    // Enrolment starts each cooperative's conversion through the client, as the worker's activity does.
    const conversions: ConversionActivityContract = {
      enrolCohortPage: async ({ campaign, after }) => {
        for (const member of after ? [] : members) {
          await env.client.workflow.start<ConversionWorkflow>(CONVERSION_WORKFLOW_TYPE, {
            taskQueue,
            workflowId: conversionWorkflowId(campaign.campaignId, member.cooperativeId),
            args: [{ campaign, member }],
            workflowIdConflictPolicy: 'USE_EXISTING',
          });
        }
        return { enrolled: after ? 0 : members.length, next: null };
      },
      completeCampaignEnrolment: ({ enrolled }) => Promise.resolve(void completed.push(enrolled)),
    };
    const worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle,
      activities: { ...log.activities, ...conversions },
    });
    await worker.runUntil(async () => {
      for (const [index, name] of names.entries()) {
        const handle = await env.client.workflow.start('cooperativeLifecycleWorkflow', {
          taskQueue,
          workflowId: `cooperative-lifecycle/${taskQueue}-${index}`,
          args: [{}],
        });
        const registrationCode = `24160000${index}1`;
        await handle.executeUpdate(registerCooperativeUpdate, {
          args: [
            {
              details: {
                registrationCode,
                name,
                kind: 'cooperative',
                sector: 'agriculture',
                territoryCode: '216',
                regime: 'law-2012',
                registeredOn: '2018-05-04',
                memberCount: 30,
              },
              actor: officer,
            },
          ],
        });
        const { cooperative } = await handle.query(getCooperativeStateQuery);
        cooperatives.push(handle);
        members.push({
          cooperativeId: cooperative!.cooperativeId,
          workflowId: handle.workflowId,
          enrolmentId: `00000000-0000-4000-8000-00000000000${index}`,
          registrationCode,
          name,
          kind: 'cooperative',
          sector: 'agriculture',
          territoryCode: '216',
          regime: 'law-2012',
        });
      }

      const followUpBy = addDays(today, 90);
      const campaign = campaignTerms(
        {
          campaignId: 'c0000000-0000-4000-8000-000000000001',
          name: 'Sửa đổi điều lệ theo Luật Hợp tác xã 2023 — Tân Yên',
          territoryCode: '216',
          target: 'law-2023',
          followUpBy,
          openedBy: officer,
        },
        today,
        BUILT_IN_RULES,
      );
      // Awaiting results would unlock time skipping while the cooperatives' own timers run: wait for states instead.
      const enrolling = await env.client.workflow.start<ConversionCampaignWorkflow>(CONVERSION_CAMPAIGN_WORKFLOW_TYPE, {
        taskQueue,
        workflowId: `conversion-campaign/${taskQueue}`,
        args: [{ campaign, territoryCodes: ['216'] }],
      });
      await finished(enrolling);
      expect(completed).toEqual([3]);
      const [conforming, dissolving, late] = members.map((member) =>
        env.client.workflow.getHandle<ConversionWorkflow>(
          conversionWorkflowId(campaign.campaignId, member.cooperativeId),
        ),
      );
      const enrolment = (handle: WorkflowHandle) =>
        until(
          () => handle.query(getEnrolmentQuery),
          (current): current is Enrolment => current !== null,
          'the enrolment',
        ) as Promise<Enrolment>;
      expect((await enrolment(late)).items.map((item) => item.itemId)).toContain('capital-share');

      // The cooperative answers its checklist and files its amended charter; an officer confirms: its regime changes.
      await conforming.executeUpdate(recordConversionChecklistUpdate, {
        args: [
          { answers: [{ itemId: 'capital-share', status: 'conforms', note: 'Tối đa 18%' }], actor: representative },
        ],
      });
      await conforming.executeUpdate(fileConversionEvidenceUpdate, {
        args: [{ filing: { kind: 'amended-charter', reference: 'NQ 02/2026', filedOn: today }, actor: representative }],
      });
      const signOff = await until(
        () => Promise.resolve(log.opened('conversion-sign-off')),
        (opened) => opened.length > 0,
        'the sign-off task',
      ).then((opened) => opened[0]);
      expect(signOff.options[0].legalBasis?.citation.vi).toContain('Điều 115 khoản 1');
      await conforming.executeUpdate(decideTaskUpdate, {
        args: [{ taskId: signOff.taskId, actor: officerActor, optionId: 'confirm', comment: '', formData: {} }],
      });
      await finished(conforming);
      expect(await conforming.query(getEnrolmentQuery)).toMatchObject({ stage: 'conformed', conformedOn: today });
      const converted = await until(
        () => cooperatives[0].query(getCooperativeStateQuery),
        (view) => view.cooperative?.regime === 'law-2023',
        'the regime to change',
      );
      expect(converted.cooperative?.regime).toBe('law-2023');
      expect(log.events().filter((event) => event.type === 'RegimeConverted')).toEqual([
        expect.objectContaining({ data: expect.objectContaining({ from: 'law-2012', to: 'law-2023' }) as unknown }),
      ]);

      // A voluntary dissolution during the campaign ends that cooperative's conversion cleanly.
      await cooperatives[1].executeUpdate(openDissolutionUpdate, {
        args: [
          {
            request: {
              caseId: 'case-1',
              kind: 'voluntary',
              resolution: { adoptedOn: today, membersPresent: 20, votesFor: 18, minutesReference: '05/BB-ĐHTV' },
              openedBy: { id: officer.id, displayName: officer.displayName },
            },
            actor: officer,
          },
        ],
      });
      await finished(dissolving);
      expect(await dissolving.query(getEnrolmentQuery)).toMatchObject({
        stage: 'ended',
        ended: { how: 'dissolution-started' },
      });

      // The third does nothing: reminded 60, 30 and 7 days before, then flagged and followed up after the date.
      await skipTo(env, intoDay(addDays(followUpBy, 1)));
      const followUp = await until(
        () => Promise.resolve(log.opened('conversion-overdue')),
        (opened: TaskSpec[]) => opened.length > 0,
        'the follow-up task',
      ).then((opened) => opened[0]);
      expect(followUp.options.map((option) => option.id)).toEqual(['keep-following', 'notify-violation']);
      const flagged = await late.query(getEnrolmentQuery);
      expect(flagged).toMatchObject({ stage: 'overdue', overdueSince: addDays(followUpBy, 1) });
      const reminded = [addDays(followUpBy, -60), addDays(followUpBy, -30), addDays(followUpBy, -7)];
      expect(flagged?.reminders).toEqual(reminded);
      // Each reminder and the overdue flag mailed the cooperative once, its delivery folded back into the enrolment.
      const lateId = members[2].enrolmentId;
      const mailed = [
        ...reminded.map((on) => `conversion-reminder-${on}/${lateId}`),
        `conversion-overdue-${addDays(followUpBy, 1)}/${lateId}`,
      ];
      const notified = await until(
        () => late.query(getEnrolmentQuery),
        (current) => current?.notices?.every((notice) => notice.delivery?.final) === true,
        'the notices delivered',
      );
      expect(notified?.notices?.map((notice) => [notice.noticeId, notice.delivery?.outcome])).toEqual(
        mailed.map((noticeId) => [noticeId, 'delivered']),
      );
      expect(log.delivered.filter((noticeId) => noticeId.startsWith('conversion-'))).toEqual(mailed);
      // The officer notifies the violation: the cooperative is mailed the notice with the officer's words.
      await late.executeUpdate(decideTaskUpdate, {
        args: [
          {
            taskId: followUp.taskId,
            actor: officerActor,
            optionId: 'notify-violation',
            comment: 'Đề nghị nộp điều lệ sửa đổi trong 30 ngày.',
            formData: {},
          },
        ],
      });
      const violated = await until(
        () => late.query(getEnrolmentQuery),
        (current) => current?.notices?.some((notice) => notice.kind === 'violation' && notice.delivery?.final) === true,
        'the violation notice delivered',
      );
      expect(violated?.notices?.at(-1)).toMatchObject({
        kind: 'violation',
        note: 'Đề nghị nộp điều lệ sửa đổi trong 30 ngày.',
        delivery: { outcome: 'delivered' },
      });
      expect(violated?.stage).toBe('overdue');
      const stillLaw2012 = (await cooperatives[2].query(getCooperativeStateQuery)).cooperative as Cooperative;
      expect(stillLaw2012.regime).toBe('law-2012');
      for (const handle of cooperatives) await handle.terminate('test over').catch(() => undefined);
      await late.terminate('test over');
    });
  });
});
