import { DataSource } from 'typeorm';
import { dataSourceOptions, type DatabaseSettings } from './data-source-options';

/** Applies every pending migration; returns the names of those it ran. */
export async function runMigrations(settings: Omit<DatabaseSettings, 'poolSize'>): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions({ ...settings, poolSize: 1 }));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
