import { randomUUID } from 'node:crypto';
import { establishmentWorkflowId } from '@htx/contracts';
import { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { APPROVED_APPLICATION_LOG, dossier, dossierRequest, TINY_PDF } from '../support/dossiers';
import { seedIdentity, seedUser, TEST_PASSWORD, USERS } from '../support/identity';
import { readBack } from '../support/pdf-text';
import { besideReporting } from '../support/reporting-events';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { eventually } from '../support/eventually';
import { signedIn, startServices, type HttpClient, type RunningServices } from '../support/services';

type LocalizedText = { vi: string; en: string };
type Task = {
  id: string;
  kind: string;
  status: string;
  subject: { id: string; territoryCode: string };
  assignee: { id: string } | null;
  due: { on: string; explanation: LocalizedText; provenance: { legalBasis: { citation: LocalizedText } } };
  why: { trigger: { event: string }; rule: { legalBasis: unknown }; ifIgnored: LocalizedText };
  decision: { optionId: string; decidedBy: { id: string } } | null;
};
type Page = { items: Task[]; nextCursor: string | null };
type Application = { id: string; status: string; registrationCode: string | null };
type ApiError = { statusCode: number; code: string; message: LocalizedText; fields: { field: string }[] };

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;
let officer: HttpClient;
let secondOfficer: HttpClient;
let deputy: HttpClient;
let head: HttpClient;
let outsider: HttpClient;
let auditor: HttpClient;

/** A deputy head who also reviews dossiers: the person separation of duties is about. */
const DEPUTY = { id: 'pho-phong.tanyen', displayName: 'Vũ Đức Hải' };

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  await seedUser(dataSource, {
    ...DEPUTY,
    roles: ['registration-officer', 'head-of-authority'],
    territoryCodes: ['216'],
  });
  services = await startServices({ databaseUrl: database.url });
  [officer, secondOfficer, deputy, head, outsider, auditor] = await Promise.all(
    [USERS.officer, USERS.secondOfficer, DEPUTY, USERS.head, USERS.otherOfficer, USERS.auditor].map((user) =>
      signedIn(services.baseUrl, user.id, TEST_PASSWORD),
    ),
  );
});
afterAll(async () => {
  await services?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

/** The papers the 2023 Law asks of a cooperative, uploaded; their ids, in order. */
async function uploadPapers(who: HttpClient = officer): Promise<string[]> {
  const ids: string[] = [];
  for (const kind of ['application-form', 'charter', 'member-list', 'founding-resolution']) {
    const uploaded = await who.upload<{ documentId: string }>(
      '/establishment-applications/documents',
      { kind },
      { name: `${kind}.pdf`, content: TINY_PDF },
    );
    expect(uploaded.status).toBe(201);
    ids.push(uploaded.body.documentId);
  }
  return ids;
}

async function file(name: string, key = randomUUID()) {
  const request = dossierRequest(
    dossier({ proposedName: name, foundingConferenceOn: '2026-10-01' }),
    await uploadPapers(),
  );
  const response = await officer.post<Application>('/establishment-applications', request, {
    'idempotency-key': key,
  });
  expect(response.status).toBe(201);
  return { ...response.body, request };
}

const openTask = (applicationId: string, kind: string) =>
  eventually(async () => {
    const page = await officer.get<Page>(`/tasks?kind=${kind}&limit=100`);
    return page.body.items.find((task) => task.subject.id === applicationId);
  }, `${kind} of ${applicationId}`);

const headTask = (applicationId: string, kind: string) =>
  eventually(async () => {
    const page = await head.get<Page>(`/tasks?kind=${kind}&limit=100`);
    return page.body.items.find((task) => task.subject.id === applicationId);
  }, `${kind} of ${applicationId}`);

const historyLength = async (applicationId: string) =>
  (await services.api.get(Client).workflow.getHandle(establishmentWorkflowId(applicationId)).fetchHistory()).events
    ?.length;

/**
 * The history's length once the workflow is idle: a task shows in the inbox as soon as its opening is logged, while
 * the workflow is still recording that activity's completion, so a count taken then would move by itself.
 */
async function settledHistoryLength(applicationId: string): Promise<number | undefined> {
  let previous = await historyLength(applicationId);
  for (let tries = 0; tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const current = await historyLength(applicationId);
    if (current === previous) return current;
    previous = current;
  }
  return previous;
}

describe('an establishment dossier through the inbox', () => {
  it('is filed, listed, claimed, reviewed and approved, and the workflow registers the cooperative', async () => {
    const key = randomUUID();
    const filed = await file('Hợp tác xã Nông nghiệp Liên Sơn', key);
    const again = await officer.post<Application>('/establishment-applications', filed.request, {
      'idempotency-key': key,
    });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(filed.id);

    const review = await openTask(filed.id, 'establishment-review');
    expect(review).toMatchObject({
      status: 'open',
      assignee: null,
      why: { trigger: { event: 'ApplicationSubmitted' } },
      due: { provenance: { legalBasis: { citation: { en: expect.stringContaining('92/2024') as unknown } } } },
    });
    expect(review.why.ifIgnored.vi).not.toBe('');

    const claimed = await officer.post<Task>(`/tasks/${review.id}/claim`, {});
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ status: 'claimed', assignee: { id: USERS.officer.id } });
    expect((await officer.post<Task>(`/tasks/${review.id}/claim`, {})).status).toBe(200);
    const taken = await secondOfficer.post<ApiError>(`/tasks/${review.id}/claim`, {});
    expect(taken.status).toBe(409);
    expect(taken.body.message.vi).toContain(USERS.officer.displayName);

    const missingForm = await officer.post<ApiError>(`/tasks/${review.id}/complete`, { optionId: 'propose-approval' });
    expect(missingForm.status).toBe(400);
    expect(missingForm.body.fields.map((field) => field.field)).toContain('formData.originalsChecked');

    const reviewed = await officer.post<Task>(`/tasks/${review.id}/complete`, {
      optionId: 'propose-approval',
      comment: 'Hồ sơ đầy đủ, đã đối chiếu bản gốc.',
      formData: { originalsChecked: true },
    });
    expect(reviewed.status).toBe(200);
    expect(reviewed.body).toMatchObject({ status: 'completed', decision: { optionId: 'propose-approval' } });

    const decision = await headTask(filed.id, 'establishment-decision');
    const notHead = await officer.post<ApiError>(`/tasks/${decision.id}/complete`, { optionId: 'approve' });
    expect(notHead.status).toBe(403);
    const approved = await head.post<Task>(`/tasks/${decision.id}/complete`, { optionId: 'approve' });
    expect(approved.status).toBe(200);

    const application = await eventually(async () => {
      const { body } = await officer.get<Application>(`/establishment-applications/${filed.id}`);
      return body.status === 'approved' ? body : undefined;
    }, 'the approval');
    expect(application.registrationCode).toMatch(/^216-\d{4}-\d{4}$/);
    const certificate = await auditor.download(`/establishment-applications/${filed.id}/printouts/certificate`);
    expect(certificate.status).toBe(200);
    const printed = (await readBack(certificate.body)).text;
    expect(printed).toContain('GIẤY CHỨNG NHẬN ĐĂNG KÝ HỢP TÁC XÃ');
    expect(printed).toContain(`Mã số hợp tác xã: ${application.registrationCode}`);
    expect(printed).toContain('Hợp tác xã Nông nghiệp Liên Sơn');
    expect(printed).toContain('Căn cứ Luật Hợp tác xã số 17/2023/QH15;');
    expect(printed).toContain(USERS.head.displayName);
    const afterDecision = await officer.post<Application>('/establishment-applications', filed.request, {
      'idempotency-key': key,
    });
    expect(afterDecision.status).toBe(200);
    expect(afterDecision.body).toMatchObject({ id: filed.id, status: 'approved' });
    const changed = await officer.post<ApiError>(
      '/establishment-applications',
      { ...filed.request, headOfficeAddress: 'Thôn Bắc, xã Liên Sơn' },
      { 'idempotency-key': key },
    );
    expect(changed.status).toBe(409);
    expect(changed.body.code).toBe('ALREADY_FILED');

    const cooperative = await eventually(async () => {
      const response = await officer.get<{ status: string; registrationCode: string }>(`/cooperatives/${filed.id}`);
      return response.status === 200 ? response.body : undefined;
    }, 'the registered cooperative');
    expect(cooperative).toMatchObject({ status: 'active', registrationCode: application.registrationCode });

    const log = await officer.get<{ type: string; data: unknown; actor: { id: string } }[]>(
      `/cooperatives/${filed.id}/events`,
    );
    expect(besideReporting(log.body).map((event) => event.type)).toEqual(APPROVED_APPLICATION_LOG);
    expect(log.body.find((event) => event.type === 'TaskClaimed')?.actor.id).toBe(USERS.officer.id);
    const verified = await auditor.get<{ valid: boolean }>(`/cooperatives/${filed.id}/events/verify`);
    expect(verified.body.valid).toBe(true);
  });

  it('lets exactly one of two officers completing at once win; the other hears who decided and when', async () => {
    const { id: applicationId } = await file('Hợp tác xã Dịch vụ Cao Thượng');
    const review = await openTask(applicationId, 'establishment-review');
    const body = { optionId: 'propose-approval', formData: { originalsChecked: true } };
    const answers = await Promise.all(
      [officer, secondOfficer].map((who) => who.post(`/tasks/${review.id}/complete`, body)),
    );

    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const winner = answers.find((answer) => answer.status === 200)!.body as unknown as Task;
    const loser = answers.find((answer) => answer.status === 409)!.body as unknown as ApiError;
    const winnerName = [USERS.officer, USERS.secondOfficer].find((user) => user.id === winner.decision?.decidedBy.id)!;
    expect(loser.code).toBe('TASK_CLOSED');
    expect(loser.message.vi).toMatch(
      new RegExp(`${winnerName.displayName} quyết định lúc \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} \\(giờ Việt Nam\\)`),
    );
    const decided = await dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM lifecycle_events WHERE stream_id = $1 AND type = 'TaskDecided'`,
      [applicationId],
    );
    expect(decided[0].count).toBe(1);
  });

  it('keeps whoever prepared a case from deciding it, even holding the head role', async () => {
    const { id: applicationId } = await file('Hợp tác xã Nông nghiệp Phúc Hòa');
    const review = await openTask(applicationId, 'establishment-review');
    expect(
      (await deputy.post(`/tasks/${review.id}/complete`, body({ originalsChecked: true }, 'propose-approval'))).status,
    ).toBe(200);
    const decision = await headTask(applicationId, 'establishment-decision');
    const before = await settledHistoryLength(applicationId);

    const refused = await deputy.post<ApiError>(`/tasks/${decision.id}/complete`, { optionId: 'approve' });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('SEPARATION_OF_DUTIES');
    expect(await historyLength(applicationId)).toBe(before);

    const trail = await auditor.get<{ action: string; actor: { id: string }; details: { code: string } }[]>(
      `/audit/records?cooperativeId=${applicationId}&action=task-action-refused`,
    );
    expect(trail.body).toMatchObject([
      { action: 'task-action-refused', actor: { id: DEPUTY.id }, details: { code: 'SEPARATION_OF_DUTIES' } },
    ]);
  });

  it('needs written reasons for a refusal, field by field, and takes no status or assignee from the body', async () => {
    const { id: applicationId } = await file('Hợp tác xã Nông nghiệp Quế Nham');
    const review = await openTask(applicationId, 'establishment-review');

    const noReasons = await officer.post<ApiError>(`/tasks/${review.id}/complete`, { optionId: 'propose-refusal' });
    expect(noReasons.status).toBe(400);
    expect(noReasons.body.fields.map((field) => field.field)).toEqual(['comment']);

    const smuggled = await officer.post<ApiError>(`/tasks/${review.id}/complete`, {
      ...body({ originalsChecked: true }, 'propose-approval'),
      status: 'completed',
      assignee: { id: USERS.secondOfficer.id },
    });
    expect(smuggled.status).toBe(400);
    expect(smuggled.body.fields.map((field) => field.field).sort()).toEqual(['assignee', 'status']);
    expect((await officer.get<Task>(`/tasks/${review.id}`)).body).toMatchObject({ status: 'open', assignee: null });
  });
});

const body = (formData: Record<string, boolean>, optionId: string) => ({ optionId, formData });

describe('reach and roles', () => {
  it('answers an officer of another territory 404 on a task, records it, and never asks the workflow', async () => {
    const { id: applicationId } = await file('Hợp tác xã Nông nghiệp Ngọc Thiện');
    const review = await openTask(applicationId, 'establishment-review');
    const before = await settledHistoryLength(applicationId);

    for (const attempt of [
      outsider.get<ApiError>(`/tasks/${review.id}`),
      outsider.post<ApiError>(`/tasks/${review.id}/claim`, {}),
      outsider.post<ApiError>(`/tasks/${review.id}/complete`, body({ originalsChecked: true }, 'propose-approval')),
    ]) {
      const response = await attempt;
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('TASK_NOT_FOUND');
    }
    expect((await outsider.get<Page>('/tasks')).body.items).toEqual([]);
    expect(await historyLength(applicationId)).toBe(before);

    const denied = await dataSource.query<{ action: string }[]>(
      `SELECT details->>'attempted' AS action FROM audit_records
        WHERE action = 'access-denied' AND actor_id = $1 AND subject_id = $2`,
      [USERS.otherOfficer.id, review.id],
    );
    expect(denied.map((row) => row.action).sort()).toEqual(['claim', 'decide', 'read']);
  });

  it('lets an auditor read the inbox but not act; only the head assigns, and only within the territory', async () => {
    const { id: applicationId } = await file('Hợp tác xã Nông nghiệp Song Vân');
    const review = await openTask(applicationId, 'establishment-review');
    expect((await auditor.get<Task>(`/tasks/${review.id}`)).status).toBe(200);
    expect((await auditor.post<ApiError>(`/tasks/${review.id}/claim`, {})).status).toBe(403);
    expect(
      (await officer.post<ApiError>(`/tasks/${review.id}/assign`, { assigneeId: USERS.secondOfficer.id })).status,
    ).toBe(403);

    const outside = await head.post<ApiError>(`/tasks/${review.id}/assign`, { assigneeId: USERS.otherOfficer.id });
    expect(outside.status).toBe(400);
    expect(outside.body.fields.map((field) => field.field)).toEqual(['assigneeId']);

    const assigned = await head.post<Task>(`/tasks/${review.id}/assign`, { assigneeId: USERS.secondOfficer.id });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ status: 'claimed', assignee: { id: USERS.secondOfficer.id } });
    const mine = await secondOfficer.get<Page>('/tasks?view=mine');
    expect(mine.body.items.map((task) => task.id)).toContain(review.id);
  });
});

describe('the inbox list', () => {
  it('pages by keyset, least time left first, and caps the page size', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const query: string = after ? `&after=${after}` : '';
      const page: { body: Page } = await officer.get<Page>(
        `/tasks?status=open&status=claimed&status=completed&limit=2${query}`,
      );
      seen.push(...page.body.items.map((task) => task.id));
      after = page.body.nextCursor;
    } while (after);
    const all = await officer.get<Page>('/tasks?status=open&status=claimed&status=completed&limit=100');
    expect(seen).toEqual(all.body.items.map((task) => task.id));
    const dues = all.body.items.map((task) => task.due.on);
    expect(dues).toEqual([...dues].sort());
    expect(seen.length).toBeGreaterThan(2);

    const tooMany = await officer.get<ApiError>('/tasks?limit=1000');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.fields.map((field) => field.field)).toEqual(['limit']);
  });

  it('keeps saved views on the server, shared with a territory team and nobody else', async () => {
    const saved = await officer.post<{ id: string }>('/task-views', {
      name: 'Hồ sơ thành lập chưa nhận',
      filters: { view: 'unassigned', kind: 'establishment-review' },
      sharedWith: ['216'],
    });
    expect(saved.status).toBe(201);
    expect((await secondOfficer.get<{ id: string }[]>('/task-views')).body.map((view) => view.id)).toContain(
      saved.body.id,
    );
    expect((await outsider.get<{ id: string }[]>('/task-views')).body).toEqual([]);
    const fromView = await secondOfficer.get<Page>(`/tasks?viewId=${saved.body.id}`);
    expect(fromView.status).toBe(200);
    expect(fromView.body.items.every((task) => task.kind === 'establishment-review' && task.assignee === null)).toBe(
      true,
    );

    const elsewhere = await officer.post<ApiError>('/task-views', {
      name: 'Việt Yên',
      filters: {},
      sharedWith: ['222'],
    });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.fields.map((field) => field.field)).toEqual(['sharedWith']);
    expect((await outsider.get<ApiError>(`/tasks?viewId=${saved.body.id}`)).status).toBe(404);
  });
});
