import { SYSTEM_ACTOR, type Actor, type TaskEvent, type TaskSpec } from '@htx/domain';
import { EventLog, LifecycleRecorder, NotificationRepository, TaskRepository } from '@htx/persistence';
import type { DataSource } from 'typeorm';
import { headActor, officerActor, reviewSpec } from '../../support/task-fixtures';
import { createTestDatabase, openDataSource, type TestDatabase } from '../../support/postgres';

let database: TestDatabase;
let dataSource: DataSource;
let recorder: LifecycleRecorder;
let tasks: TaskRepository;
let notifications: NotificationRepository;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  recorder = new LifecycleRecorder(dataSource, new EventLog(dataSource));
  tasks = new TaskRepository(dataSource);
  notifications = new NotificationRepository(dataSource);
});
afterAll(async () => {
  await dataSource?.destroy();
  await database?.drop();
});

const officer: Actor = { id: officerActor.id, role: 'registration-officer', displayName: officerActor.displayName };
let sequence = 0;

/** Appends as the owning workflow's activity does: the log and the inbox move in one transaction. */
const append = (spec: TaskSpec, event: TaskEvent, actor: Actor = SYSTEM_ACTOR) =>
  recorder.record(
    {
      streamId: spec.subject.id,
      workflowId: `establishment/${spec.subject.id}`,
      idempotencyKey: `test/${spec.subject.id}/${++sequence}`,
      actor,
      occurredAt: new Date().toISOString(),
      events: [event],
    },
    new Date(),
  );

const opened = (spec: TaskSpec): TaskEvent => ({
  type: 'TaskOpened',
  data: { taskId: spec.taskId, spec },
  legalBasis: null,
});

describe('the inbox projection', () => {
  it('reminds the candidates of an unclaimed task, then the holder, and escalates to the head of the territory', async () => {
    const spec = reviewSpec(Date.now());
    const { taskId } = spec;
    await append(spec, opened(spec));
    await append(spec, { type: 'TaskReminderSent', data: { taskId, to: [], dueOn: spec.due.due }, legalBasis: null });
    await append(
      spec,
      {
        type: 'TaskClaimed',
        data: { taskId, assignee: { id: officer.id, displayName: officer.displayName } },
        legalBasis: null,
      },
      officer,
    );
    await append(spec, { type: 'TaskReminderSent', data: { taskId, to: [], dueOn: spec.due.due }, legalBasis: null });
    await append(spec, { type: 'TaskEscalated', data: { taskId, overdueSince: spec.due.due }, legalBasis: null });

    const second = await notifications.forUser('can-bo2.tanyen', ['registration-officer'], ['216']);
    expect(second.map((notice) => notice.kind)).toEqual(['reminder']);
    const holder = await notifications.forUser(officer.id, ['registration-officer'], ['216']);
    expect(holder.map((notice) => notice.kind)).toEqual(['reminder', 'reminder']);
    const head = await notifications.forUser(headActor.id, ['head-of-authority'], ['216']);
    expect(head).toMatchObject([{ kind: 'escalation', taskId, read: false }]);
    expect(head[0].message.vi).toContain('đã chuyển lãnh đạo');
    expect(await notifications.forUser(headActor.id, ['head-of-authority'], ['222'])).toEqual([]);

    await notifications.markRead(head[0].id, headActor.id);
    await notifications.markRead(head[0].id, headActor.id);
    expect((await notifications.forUser(headActor.id, ['head-of-authority'], ['216']))[0].read).toBe(true);

    expect(await tasks.findById(taskId)).toMatchObject({
      status: 'claimed',
      escalated: true,
      assignee: { id: officer.id },
      version: 5,
    });
  });

  it('lists within the reach only, by the filters, and pages by keyset without skipping or repeating', async () => {
    const now = Date.now();
    const specs = Array.from({ length: 7 }, (_, index) => {
      const spec = reviewSpec(now + index * 86_400_000);
      return { ...spec, subject: { ...spec.subject, territoryCode: index % 2 === 0 ? '216' : '222' } };
    });
    for (const spec of specs) await append(spec, opened(spec));
    const query = {
      territoryCodes: ['216'],
      userId: officer.id,
      roles: ['registration-officer' as const],
      view: 'unassigned' as const,
      statuses: ['open' as const],
      sort: 'due' as const,
    };

    const all = await tasks.list({ ...query, limit: 100 });
    const ours = specs
      .filter((spec) => spec.subject.territoryCode === '216')
      .map((spec) => [spec.due.due, spec.taskId].join(' '))
      .sort()
      .map((key) => key.split(' ')[1]);
    expect(all.map((task) => task.spec.taskId)).toEqual(ours);

    const paged: string[] = [];
    let page = await tasks.list({ ...query, limit: 2 });
    while (page.length > 0) {
      paged.push(...page.map((task) => task.spec.taskId));
      const last = page[page.length - 1].spec;
      page = await tasks.list({
        ...query,
        limit: 2,
        after: { dueOn: last.due.due, priority: last.priority, id: last.taskId },
      });
    }
    expect(paged).toEqual(ours);
    expect(await tasks.list({ ...query, territoryCodes: [], limit: 100 })).toEqual([]);
  });
});
