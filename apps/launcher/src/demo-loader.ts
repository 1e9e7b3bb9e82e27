import { DEMO_APPLICATIONS, type DemoApplication } from './demo-applications';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-identity';
import { demoPaper } from './demo-papers';
import { demoRegistry, demoRegistryCsv } from './demo-registry';
import { addDays, vietnamDateOf } from '@htx/domain';

/** The public API as a demo user sees it: the demo goes in exactly as a client program would put it. */
class DemoUserClient {
  private constructor(
    private readonly apiUrl: string,
    private readonly token: string,
  ) {}

  static async signIn(apiUrl: string, username: string): Promise<DemoUserClient> {
    const response = await fetch(`${apiUrl}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (!response.ok)
      throw new Error(`Demo sign-in as ${username} failed: HTTP ${response.status} ${await response.text()}`);
    return new DemoUserClient(apiUrl, ((await response.json()) as { accessToken: string }).accessToken);
  }

  async get<T>(path: string): Promise<T> {
    const response = await fetch(`${this.apiUrl}${path}`, { headers: this.headers() });
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  /** POSTs JSON; true when it created something, false when it was there already (200). */
  async post(path: string, body: unknown, label: string, headers: Record<string, string> = {}): Promise<boolean> {
    const response = await fetch(`${this.apiUrl}${path}`, {
      method: 'POST',
      headers: { ...this.headers(), 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (response.status === 201) return true;
    if (response.status === 200) return false;
    throw new Error(`${label}: HTTP ${response.status} ${await response.text()}`);
  }

  /** Uploads one file as multipart/form-data; returns the JSON answer of a 200, 201 or 202. */
  async upload<T>(
    path: string,
    fields: Record<string, string>,
    name: string,
    content: Buffer,
    type: string,
  ): Promise<T> {
    const form = new FormData();
    for (const [field, value] of Object.entries(fields)) form.append(field, value);
    form.append('file', new Blob([content], { type }), name);
    const response = await fetch(`${this.apiUrl}${path}`, { method: 'POST', headers: this.headers(), body: form });
    if (![200, 201, 202].includes(response.status)) {
      throw new Error(`Upload ${name}: HTTP ${response.status} ${await response.text()}`);
    }
    return (await response.json()) as T;
  }

  private headers(): Record<string, string> {
    return { authorization: `Bearer ${this.token}` };
  }
}

type ImportProgress = { id: string; status: string; created: number; failures: unknown[]; rejectedRows: unknown[] };

/**
 * The demo registry goes in as a district would bring its own: the register's CSV export, history included, through
 * the registry import. Once loaded it is not loaded again (its history is dated from the day it was first loaded).
 */
async function loadRegistry(apiUrl: string): Promise<string> {
  const administrator = await DemoUserClient.signIn(apiUrl, DEMO_USERS[0].id);
  const registry = demoRegistry();
  const label = `Demo registry (Tân Yên 216, Việt Yên 222): ${registry.length} cooperatives`;
  const known = await administrator.get<{ items: { registrationCode: string }[] }>('/cooperatives?limit=200');
  const codes = new Set(known.items.map((item) => item.registrationCode));
  if (registry.every((details) => codes.has(details.registrationCode))) return `${label}, 0 new`;

  const csv = Buffer.from(demoRegistryCsv(vietnamDateOf(new Date())), 'utf8');
  let progress = await administrator.upload<ImportProgress>(
    '/cooperatives/import',
    {},
    'so-dang-ky-htx-tan-yen-viet-yen.csv',
    csv,
    'text/csv',
  );
  const deadline = Date.now() + 10 * 60_000;
  while (progress.status !== 'completed') {
    if (Date.now() > deadline) throw new Error(`Demo registry import ${progress.id} did not finish in 10 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    progress = await administrator.get<ImportProgress>(`/cooperatives/import/${progress.id}`);
  }
  if (progress.failures.length > 0) {
    throw new Error(`Demo registry import refused rows: ${JSON.stringify(progress.failures)}`);
  }
  return `${label}, ${progress.created} new, imported from the register's CSV export with their history`;
}

/** Files a demo dossier as its officer would: each paper uploaded, then the dossier listing them. */
async function file(client: DemoUserClient, application: DemoApplication): Promise<boolean> {
  const documentIds: string[] = [];
  for (const kind of application.papers) {
    const { fileName, content } = await demoPaper(kind, application.dossier);
    const stored = await client.upload<{ documentId: string }>(
      '/establishment-applications/documents',
      { kind },
      fileName,
      content,
      'application/pdf',
    );
    documentIds.push(stored.documentId);
  }
  return client.post(
    '/establishment-applications',
    { ...application.dossier, documentIds },
    `Demo application ${application.dossier.proposedName}`,
    { 'idempotency-key': application.idempotencyKey },
  );
}

async function loadApplications(apiUrl: string): Promise<string> {
  let filed = 0;
  for (const filer of new Set(DEMO_APPLICATIONS.map((application) => application.filedBy))) {
    const client = await DemoUserClient.signIn(apiUrl, filer);
    const known = new Set(
      (await client.get<{ dossier: { proposedName: string } }[]>('/establishment-applications?limit=200')).map(
        (application) => application.dossier.proposedName,
      ),
    );
    for (const application of DEMO_APPLICATIONS) {
      if (application.filedBy !== filer || known.has(application.dossier.proposedName)) continue;
      if (await file(client, application)) filed++;
    }
  }
  return `Demo establishment dossiers awaiting review: ${DEMO_APPLICATIONS.length}, ${filed} new`;
}

/**
 * One of Tân Yên's electricity cooperatives, which handed its grid to the power sector, decides to dissolve: its
 * general meeting's resolution goes in as the officer would send it, and the case waits for publication in the inbox.
 */
async function loadDissolution(apiUrl: string): Promise<string> {
  const officer = await DemoUserClient.signIn(apiUrl, 'can-bo.tanyen');
  const electricity = demoRegistry().find((details) => details.name.startsWith('Hợp tác xã Dịch vụ điện năng'))!;
  const found = await officer.get<{ items: { id: string; registrationCode: string; registeredOn: string }[] }>(
    `/cooperatives?territoryCode=216&limit=200`,
  );
  const cooperative = found.items.find((item) => item.registrationCode === electricity.registrationCode);
  if (!cooperative) throw new Error(`Demo dissolution: ${electricity.name} is not in the registry`);
  const today = vietnamDateOf(new Date());
  const created = await officer.post(
    `/cooperatives/${cooperative.id}/dissolutions`,
    {
      kind: 'voluntary',
      resolution: { adoptedOn: today, membersPresent: 24, votesFor: 22, minutesReference: '03/BB-ĐHTV' },
      note: 'Đã bàn giao lưới điện hạ áp cho ngành điện; đại hội thành viên quyết định giải thể.',
    },
    `Demo dissolution of ${electricity.name}`,
    { 'idempotency-key': 'demo-voluntary-dissolution' },
  );
  return `Demo voluntary dissolution: ${electricity.name}, ${created ? '1 new' : '0 new'}`;
}

/**
 * Tân Yên follows up the cooperatives whose charters still follow the 2012 Law: the legal deadline (2026-01-01) has
 * passed, so the district sets its own date, ninety days after the campaign opens.
 */
async function loadConversionCampaign(apiUrl: string): Promise<string> {
  const officer = await DemoUserClient.signIn(apiUrl, 'can-bo.tanyen');
  const created = await officer.post(
    '/conversion-campaigns',
    {
      name: 'Rà soát, sửa đổi điều lệ theo Luật Hợp tác xã 2023 — huyện Tân Yên',
      territoryCode: '216',
      target: 'law-2023',
      followUpBy: addDays(vietnamDateOf(new Date()), 90),
    },
    'Demo conversion campaign',
    { 'idempotency-key': 'demo-conversion-campaign' },
  );
  return `Demo conversion campaign to the 2023 Law (Tân Yên): ${created ? '1 new' : '0 new'}`;
}

/** The demo registry, dossiers awaiting review, a dissolution and a conversion campaign, through the public API; a repeat changes nothing. */
export async function loadDemoData(apiUrl: string, log: (line: string) => void): Promise<void> {
  log(await loadRegistry(apiUrl));
  log(await loadApplications(apiUrl));
  log(await loadDissolution(apiUrl));
  log(await loadConversionCampaign(apiUrl));
}
