import { getCooperativeStateQuery, ruleRolloutWorkflowId } from '@htx/contracts';
import { addMonths, vietnamDateOf, type IsoDate } from '@htx/domain';
import { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { registrationDetails } from '../support/events';
import { until } from '../support/eventually';
import { seedIdentity, TEST_PASSWORD, USERS } from '../support/identity';
import { createTestDatabase, openDataSource, type TestDatabase } from '../support/postgres';
import { signedIn, startServices, type HttpClient, type RunningServices } from '../support/services';

type Rule = {
  parameterId: string;
  value: number | string | null;
  unit: string;
  confirmed: boolean;
  citation: { vi: string; en: string };
  correction: { sequence: number; correctedBy: string } | null;
  basis: { rulePackVersion: string };
};
type Pack = { regime: string; version: string; parameters: Rule[]; corrections: { sequence: number }[] };
type Preview = {
  before: Rule;
  after: Rule;
  scanned: number;
  changedDeadlines: number;
  affected: { cooperativeId: string; deadlines: { label: { en: string }; before: IsoDate; after: IsoDate }[] }[];
};
type Saved = { correction: { sequence: number }; created: boolean; rollout: string };
type ApiError = { code: string; fields: { field: string }[] };
type Record = {
  id: string;
  workflowId?: string;
  deadlines: { kind: string; dueOn: IsoDate; legalBasis: { rulePackVersion: string } | null }[];
  regimeStanding: { governedBy: string; conforming: boolean };
};

let database: TestDatabase;
let dataSource: DataSource;
let services: RunningServices;
let officer: HttpClient;
let admin: HttpClient;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = await openDataSource(database.url);
  await seedIdentity(dataSource);
  services = await startServices({ databaseUrl: database.url });
  officer = await signedIn(services.baseUrl, USERS.officer.id, TEST_PASSWORD);
  admin = await signedIn(services.baseUrl, USERS.admin.id, TEST_PASSWORD);
});
afterAll(async () => {
  await services?.stop();
  await dataSource?.destroy();
  await database?.drop();
});

const ruleOf = (pack: Pack, parameterId: string) => pack.parameters.find((rule) => rule.parameterId === parameterId)!;

describe('rule packs', () => {
  it('lists each regime’s pack and every parameter with its citation and whether it is confirmed', async () => {
    const packs = await officer.get<{ regime: string; version: string; unconfirmed: number }[]>('/rule-packs');
    expect(packs.status).toBe(200);
    expect(packs.body.map((pack) => pack.regime)).toEqual(['law-2003', 'law-2012', 'law-2023']);
    const pack = await officer.get<Pack>('/rule-packs/law-2023');
    expect(ruleOf(pack.body, 'members.minimum.cooperative')).toMatchObject({ value: 5, confirmed: true });
    expect(ruleOf(pack.body, 'revocation.response-window')).toMatchObject({
      value: 10,
      unit: 'working-days',
      confirmed: false,
    });
    expect((await officer.get<ApiError>('/rule-packs/law-1996')).status).toBe(404);
  });

  it('previews a correction, saves it once, audits it, and every deadline it governs moves — in the API and in the workflow', async () => {
    const registeredOn = vietnamDateOf(new Date());
    const created = await officer.post<Record>('/cooperatives', registrationDetails({ registeredOn }));
    expect(created.status).toBe(201);
    const correction = {
      parameterId: 'dormancy.inactive-12m',
      value: 6,
      effectiveFrom: addMonths(registeredOn, -1),
      reason: 'Kiểm thử: rút ngắn thời hạn theo dõi còn 6 tháng.',
    };

    expect((await officer.post('/rule-packs/law-2023/preview', correction)).status).toBe(403);
    const invalid = await admin.post<ApiError>('/rule-packs/law-2023/preview', { ...correction, value: 'six' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.fields.map((problem) => problem.field)).toEqual(['value']);

    const preview = await admin.post<Preview>('/rule-packs/law-2023/preview', correction);
    expect(preview.status).toBe(200);
    expect([preview.body.before.value, preview.body.after.value]).toEqual([12, 6]);
    const mine = preview.body.affected.find((entry) => entry.cooperativeId === created.body.id);
    expect(mine?.deadlines).toEqual([
      expect.objectContaining({ before: addMonths(registeredOn, 12), after: addMonths(registeredOn, 6) }),
    ]);
    // A preview saves nothing.
    expect((await officer.get<Pack>('/rule-packs/law-2023')).body.corrections).toEqual([]);

    const saved = await admin.post<Saved>('/rule-packs/law-2023/corrections', correction);
    expect(saved.status).toBe(201);
    expect(saved.body).toMatchObject({ created: true, correction: { sequence: 1 } });
    const again = await admin.post<Saved>('/rule-packs/law-2023/corrections', correction);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: false, correction: { sequence: 1 } });

    const pack = await officer.get<Pack>('/rule-packs/law-2023');
    expect(pack.body.version).toBe('1.1');
    expect(ruleOf(pack.body, 'dormancy.inactive-12m')).toMatchObject({
      value: 6,
      correction: { sequence: 1, correctedBy: USERS.admin.id },
    });
    const audit = await admin.get<{ subject: { type: string; id: string }; details: { reason: string } }[]>(
      '/audit/records?action=rule-pack-corrected',
    );
    expect(audit.body).toEqual([
      expect.objectContaining({
        subject: { type: 'rule-pack', id: 'law-2023/dormancy.inactive-12m' },
        details: expect.objectContaining({ reason: correction.reason }) as unknown,
      }),
    ]);

    const record = await officer.get<Record>(`/cooperatives/${created.body.id}`);
    const dormancy = record.body.deadlines.find((deadline) => deadline.kind === 'dormancy-ground');
    expect(dormancy).toMatchObject({ dueOn: addMonths(registeredOn, 6), legalBasis: { rulePackVersion: '1.1' } });
    expect(record.body.regimeStanding).toMatchObject({ governedBy: 'law-2023', conforming: true });

    const client = services.api.get(Client);
    await client.workflow.getHandle(ruleRolloutWorkflowId('law-2023', 1)).result();
    const [row] = await dataSource.query<{ workflow_id: string }[]>(
      'SELECT workflow_id FROM cooperatives WHERE id = $1',
      [created.body.id],
    );
    const state = await until(
      () => client.workflow.getHandle(row.workflow_id).query(getCooperativeStateQuery),
      (view) => view.ruleCorrections === 1,
      'the workflow to take the correction',
    );
    // Its timers follow (the time-skipped workflow spec shows the flag moving to the sixth month).
    expect(state.ruleCorrections).toBe(1);
  });
});
