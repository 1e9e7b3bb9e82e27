import { MIGRATIONS } from '@htx/persistence';
import type { DataSource } from 'typeorm';
import { createTestDatabase, openDataSource, type TestDatabase } from '../../support/postgres';

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await openDataSource(database.url);
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  it('leave the schema exactly as the entities describe it (no migration is missing)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('go all the way down and up again', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration({ transaction: 'each' });
    const tables = async () =>
      (
        await dataSource.query<{ table_name: string }[]>(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
        )
      ).map((row) => row.table_name);
    expect(await tables()).toEqual([]);

    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect((await tables()).sort()).toEqual([
      'audit_records',
      'authorities',
      'calendar_schedules',
      'conversion_campaigns',
      'conversion_enrolments',
      'cooperatives',
      'dormancy_sweep_findings',
      'dormancy_sweeps',
      'dossier_documents',
      'establishment_applications',
      'issued_registration_codes',
      'lifecycle_events',
      'notice_outbox',
      'notifications',
      'registration_code_counters',
      'registry_imports',
      'rule_corrections',
      'statistics_targets',
      'support_records',
      'task_views',
      'tasks',
      'territories',
      'users',
    ]);
  });
});
