import { DEMO_APPLICATIONS, type DemoApplication } from './demo-applications';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-identity';
import { demoPaper } from './demo-papers';
import { demoRegistry } from './demo-registry';

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

  async upload(path: string, fields: Record<string, string>, name: string, content: Buffer): Promise<string> {
    const form = new FormData();
    for (const [field, value] of Object.entries(fields)) form.append(field, value);
    form.append('file', new Blob([content], { type: 'application/pdf' }), name);
    const response = await fetch(`${this.apiUrl}${path}`, { method: 'POST', headers: this.headers(), body: form });
    if (response.status !== 201) throw new Error(`Upload ${name}: HTTP ${response.status} ${await response.text()}`);
    return ((await response.json()) as { documentId: string }).documentId;
  }

  private headers(): Record<string, string> {
    return { authorization: `Bearer ${this.token}` };
  }
}

/** Runs `work` on every item, a few at a time. */
async function eachConcurrently<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

async function loadRegistry(apiUrl: string): Promise<string> {
  const administrator = await DemoUserClient.signIn(apiUrl, DEMO_USERS[0].id);
  const registry = demoRegistry();
  let created = 0;
  await eachConcurrently(registry, async (details) => {
    if (await administrator.post('/cooperatives', details, `Demo cooperative ${details.registrationCode}`)) created++;
  });
  return `Demo registry (Tân Yên 216, Việt Yên 222): ${registry.length} cooperatives, ${created} new`;
}

/** Files a demo dossier as its officer would: each paper uploaded, then the dossier listing them. */
async function file(client: DemoUserClient, application: DemoApplication): Promise<boolean> {
  const documentIds: string[] = [];
  for (const kind of application.papers) {
    const { fileName, content } = await demoPaper(kind, application.dossier);
    documentIds.push(await client.upload('/establishment-applications/documents', { kind }, fileName, content));
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

/** The demo registry and a few dossiers awaiting review, through the public API; a repeat changes nothing. */
export async function loadDemoData(apiUrl: string, log: (line: string) => void): Promise<void> {
  log(await loadRegistry(apiUrl));
  log(await loadApplications(apiUrl));
}
