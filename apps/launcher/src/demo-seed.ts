import { SYSTEM_ACTOR } from '@htx/domain';
import {
  AuditLog,
  CooperativeRepository,
  dataSourceOptions,
  EventLog,
  hashPassword,
  TerritoryRepository,
  UserRepository,
} from '@htx/persistence';
import { DataSource } from 'typeorm';
import { DEMO_AUTHORITIES, DEMO_PASSWORD, DEMO_TERRITORIES, DEMO_USERS } from './demo-identity';

async function withDatabase<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = await new DataSource(
    dataSourceOptions({ url, poolSize: 2, applicationName: 'htx-launcher' }),
  ).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** The demo map, authorities and users, written once (as the system, audited); later starts find them there. */
export async function seedDemoIdentity(databaseUrl: string): Promise<boolean> {
  return withDatabase(databaseUrl, async (dataSource) => {
    const auditLog = new AuditLog(dataSource);
    const users = new UserRepository(dataSource, auditLog);
    if (await users.findById(DEMO_USERS[0].id)) return false;
    const territories = new TerritoryRepository(dataSource, auditLog);
    const now = new Date();
    await territories.saveTerritories(DEMO_TERRITORIES, SYSTEM_ACTOR, now);
    await territories.saveAuthorities(DEMO_AUTHORITIES, SYSTEM_ACTOR, now);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const user of DEMO_USERS) {
      await users.save(
        { ...user, cooperativeIds: [], passwordHash, externalSubject: null, active: true },
        SYSTEM_ACTOR,
        now,
      );
    }
    return true;
  });
}

/** Gives each demo representative their cooperative, once the demo registry is in. */
export async function linkDemoRepresentatives(databaseUrl: string): Promise<void> {
  await withDatabase(databaseUrl, async (dataSource) => {
    const auditLog = new AuditLog(dataSource);
    const users = new UserRepository(dataSource, auditLog);
    const cooperatives = new CooperativeRepository(dataSource, new EventLog(dataSource));
    for (const demo of DEMO_USERS.filter((user) => user.representsRegistrationCode)) {
      const user = await users.findById(demo.id);
      const cooperative = await cooperatives.findByRegistrationCode(demo.representsRegistrationCode!);
      if (user && cooperative && !user.cooperativeIds.includes(cooperative.cooperativeId)) {
        await users.save({ ...user, cooperativeIds: [cooperative.cooperativeId] }, SYSTEM_ACTOR, new Date());
      }
    }
  });
}
