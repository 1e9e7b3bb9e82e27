import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { dossier, dossierRequest, TINY_PDF } from '../support/dossiers';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { readBack } from '../support/pdf-text';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { eventually } from '../support/eventually';
import { signedIn, startServices, type HttpClient, type RunningServices } from '../support/services';

type LocalizedText = { vi: string; en: string };
type ApiError = { statusCode: number; code: string; message: LocalizedText; fields: { field: string }[] };
type StoredDocument = { documentId: string; kind: string; fileName: string; size: number; sha256: string };
type Check = { ruleId: string; passed: boolean; detail: LocalizedText };
type Application = {
  id: string;
  status: string;
  receivedOn: string;
  checks: Check[];
  dossier: { documents: StoredDocument[] };
  amendments: { number: number; items: string; resubmitBy: string; resubmittedOn: string | null }[];
  printouts: { kind: string; href: string }[];
};
type Task = { id: string; kind: string; subject: { id: string } };

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;
let officer: HttpClient;
let outsider: HttpClient;

const PAPERS_2023 = ['application-form', 'charter', 'member-list', 'founding-resolution'];

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  services = await startServices({ databaseUrl: database.url, env: { DOCUMENT_MAX_MB: '1' } });
  [officer, outsider] = await Promise.all(
    [USERS.officer, USERS.otherOfficer].map((user) => signedIn(services.baseUrl, user.id, TEST_PASSWORD)),
  );
});
afterAll(async () => {
  await services?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

async function upload(kind: string, content: Buffer = TINY_PDF, name = `${kind}.pdf`) {
  return officer.upload<StoredDocument & ApiError>(
    '/establishment-applications/documents',
    { kind },
    { name, content },
  );
}

async function papers(kinds = PAPERS_2023): Promise<string[]> {
  const ids: string[] = [];
  for (const kind of kinds) ids.push((await upload(kind)).body.documentId);
  return ids;
}

const counts = async () => {
  const [row] = await dataSource.query<{ applications: number; events: number; documents: number }[]>(
    `SELECT (SELECT count(*) FROM establishment_applications)::int AS applications,
            (SELECT count(*) FROM lifecycle_events WHERE type = 'ApplicationSubmitted')::int AS events,
            (SELECT count(*) FROM dossier_documents WHERE application_id IS NOT NULL)::int AS documents`,
  );
  return row;
};

const reviewTask = (applicationId: string, count = 1) =>
  eventually(async () => {
    const page = await officer.get<{ items: Task[] }>('/tasks?kind=establishment-review&limit=100');
    const mine = page.body.items.filter((task) => task.subject.id === applicationId);
    return mine.length >= count ? mine[0] : undefined;
  }, `review task of ${applicationId}`);

describe('a dossier and its files', () => {
  it('stores each file with its SHA-256, lists it on the application, and gives the same bytes back', async () => {
    const charter = Buffer.concat([TINY_PDF, Buffer.from('% Điều lệ hợp tác xã\n')]);
    const uploaded = await upload('charter', charter, 'Điều lệ HTX Ngọc Vân.pdf');
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({
      kind: 'charter',
      fileName: 'Điều lệ HTX Ngọc Vân.pdf',
      size: charter.length,
      sha256: createHash('sha256').update(charter).digest('hex'),
    });

    const ids = [
      ...(await papers(['application-form', 'member-list', 'founding-resolution'])),
      uploaded.body.documentId,
    ];
    const filed = await officer.post<Application>(
      '/establishment-applications',
      dossierRequest(dossier({ proposedName: 'Hợp tác xã Nông nghiệp Phúc Sơn' }), ids),
    );
    expect(filed.status).toBe(201);
    expect(filed.body.dossier.documents.map((document) => document.kind).sort()).toEqual([...PAPERS_2023].sort());
    expect(filed.body.checks.find((check) => check.ruleId === 'establishment.dossier-checklist')?.passed).toBe(true);

    const download = await officer.download(
      `/establishment-applications/${filed.body.id}/documents/${uploaded.body.documentId}`,
    );
    expect(download.status).toBe(200);
    expect(download.headers.get('etag')).toBe(`"${uploaded.body.sha256}"`);
    expect(download.body.equals(charter)).toBe(true);

    const elsewhere = await outsider.get<ApiError>(
      `/establishment-applications/${filed.body.id}/documents/${uploaded.body.documentId}`,
    );
    expect(elsewhere.status).toBe(404);
  });

  it('answers a dossier missing papers with 400 naming each one, and stores nothing', async () => {
    const before = await counts();
    const response = await officer.post<ApiError>(
      '/establishment-applications',
      dossierRequest(dossier(), await papers(['application-form', 'charter'])),
    );
    expect(response.status).toBe(400);
    expect(response.body.fields.map((field) => field.field)).toEqual(['documents']);
    expect(JSON.stringify(response.body.message)).not.toBe('');
    expect(JSON.stringify(response.body)).toContain('Nghị quyết hội nghị thành lập');
    expect(await counts()).toEqual(before);
  });

  it('answers an invalid member list field by field, and stores nothing', async () => {
    const before = await counts();
    const bad = dossier();
    const members = bad.members.map((member, index) =>
      index === 0
        ? { ...member, name: ' ' }
        : index === 1
          ? { ...member, type: 'legal-entity' as const }
          : index === 2
            ? { ...member, contribution: -5 }
            : member,
    );
    const response = await officer.post<ApiError>(
      '/establishment-applications',
      dossierRequest({ ...bad, members }, await papers()),
    );
    expect(response.status).toBe(400);
    expect(response.body.fields.map((field) => field.field)).toEqual(
      expect.arrayContaining(['members[0].name', 'members[1].registrationCode', 'members[2].contribution']),
    );
    expect(await counts()).toEqual(before);
  });

  it('refuses an oversized upload with 413, a file that is not a PDF or image, and an unknown upload id', async () => {
    const storedBefore = await dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM dossier_documents',
    );
    const huge = Buffer.concat([TINY_PDF, Buffer.alloc(1024 * 1024 + 1)]);
    const tooLarge = await upload('charter', huge);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', fields: [{ field: 'file' }] });
    expect(tooLarge.body.message.vi).toContain('1 MB');

    const disguised = await upload('charter', Buffer.from('MZ this is not a PDF'), 'charter.pdf');
    expect(disguised.status).toBe(400);
    expect(disguised.body.fields.map((field) => field.field)).toEqual(['file']);
    const unknownKind = await upload('passport');
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.body.fields.map((field) => field.field)).toEqual(['kind']);
    const storedAfter = await dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM dossier_documents',
    );
    expect(storedAfter[0].count).toBe(storedBefore[0].count);

    const ghost = await officer.post<ApiError>(
      '/establishment-applications',
      dossierRequest(dossier(), [randomUUID(), ...(await papers())]),
    );
    expect(ghost.status).toBe(400);
    expect(ghost.body.fields.map((field) => field.field)).toEqual(['documentIds[0]']);
  });

  it("will not list another officer's upload", async () => {
    const theirs = await outsider.upload<StoredDocument>(
      '/establishment-applications/documents',
      { kind: 'charter' },
      { name: 'charter.pdf', content: TINY_PDF },
    );
    expect(theirs.status).toBe(201);
    const response = await officer.post<ApiError>(
      '/establishment-applications',
      dossierRequest(dossier(), [...(await papers()), theirs.body.documentId]),
    );
    expect(response.status).toBe(400);
    expect(response.body.fields.map((field) => field.field)).toEqual(['documentIds[4]']);
  });
});

describe('checks against the registry', () => {
  it('flags a name another pending application of the territory already uses', async () => {
    const first = await officer.post<Application>(
      '/establishment-applications',
      dossierRequest(dossier({ proposedName: 'Hợp tác xã Dịch vụ Việt Lập' }), await papers()),
    );
    const second = await officer.post<Application>(
      '/establishment-applications',
      dossierRequest(dossier({ proposedName: '  hợp tác xã  dịch vụ VIỆT LẬP ' }), await papers()),
    );
    const nameCheck = second.body.checks.find((check) => check.ruleId === 'establishment.name-unique')!;
    expect(nameCheck.passed).toBe(false);
    expect(nameCheck.detail.vi).toContain(first.body.id.slice(0, 8));
  });
});

describe('amendments over HTTP', () => {
  it('asks for amendments, takes the corrected dossier once, and opens a new review', async () => {
    const filed = await officer.post<Application>(
      '/establishment-applications',
      dossierRequest(dossier({ proposedName: 'Hợp tác xã Nông nghiệp Nhã Nam' }), await papers()),
    );
    const early = await officer.post<ApiError>(
      `/establishment-applications/${filed.body.id}/resubmissions`,
      dossierRequest(dossier({ proposedName: 'Hợp tác xã Nông nghiệp Nhã Nam' }), await papers()),
    );
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('NOT_AWAITING_AMENDMENTS');

    const review = await reviewTask(filed.body.id);
    const asked = await officer.post(`/tasks/${review.id}/complete`, {
      optionId: 'request-amendments',
      comment: 'Bổ sung danh sách thành viên có chữ ký.',
    });
    expect(asked.status).toBe(200);
    const waiting = await eventually(async () => {
      const { body } = await officer.get<Application>(`/establishment-applications/${filed.body.id}`);
      return body.status === 'amendments-requested' ? body : undefined;
    }, 'the amendment request');
    expect(waiting.amendments).toMatchObject([{ number: 1, items: 'Bổ sung danh sách thành viên có chữ ký.' }]);
    expect(waiting.printouts.map((printout) => printout.kind)).toEqual(['amendment-notice']);
    const notice = await officer.download(waiting.printouts[0].href);
    expect(notice.status).toBe(200);
    expect(notice.headers.get('content-type')).toBe('application/pdf');
    const { text } = await readBack(notice.body);
    expect(text).toContain('Về việc sửa đổi, bổ sung hồ sơ đăng ký hợp tác xã (lần 1)');
    expect(text).toContain('Bổ sung danh sách thành viên có chữ ký.');
    expect(text).toContain('UBND HUYỆN TÂN YÊN');
    expect(text).toContain(USERS.officer.displayName);
    const missing = await officer.get<ApiError>(`/establishment-applications/${filed.body.id}/printouts/certificate`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('PRINTOUT_NOT_FOUND');

    const kept = filed.body.dossier.documents.filter((document) => document.kind !== 'member-list');
    const signedList = (await upload('member-list')).body.documentId;
    const corrected = dossierRequest(dossier({ proposedName: 'Hợp tác xã Nông nghiệp Nhã Nam' }), [
      ...kept.map((document) => document.documentId),
      signedList,
    ]);
    const key = randomUUID();
    const resubmitted = await officer.post<Application>(
      `/establishment-applications/${filed.body.id}/resubmissions`,
      corrected,
      { 'idempotency-key': key },
    );
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.status).toBe('under-review');
    expect(resubmitted.body.amendments[0].resubmittedOn).not.toBeNull();
    const repeated = await officer.post<Application>(
      `/establishment-applications/${filed.body.id}/resubmissions`,
      corrected,
      { 'idempotency-key': key },
    );
    expect(repeated.status).toBe(200);
    const resubmissions = await dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM lifecycle_events WHERE stream_id = $1 AND type = 'ApplicationResubmitted'`,
      [filed.body.id],
    );
    expect(resubmissions[0].count).toBe(1);
    await reviewTask(filed.body.id);
  });
});
