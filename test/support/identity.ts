import { SYSTEM_ACTOR, type Authority, type Role, type Territory } from '@htx/domain';
import { AuditLog, hashPassword, TerritoryRepository, UserRepository } from '@htx/persistence';
import type { DataSource } from 'typeorm';

export const TEST_PASSWORD = 'mật-khẩu-thử-nghiệm';

/** Province 24 with two districts, each with an officer; a head, an auditor and an administrator above them. */
export const TEST_TERRITORIES: Territory[] = [
  {
    code: '24',
    name: 'Tỉnh Bắc Giang',
    level: 'province',
    parentCode: null,
    validFrom: null,
    validTo: null,
    successorCode: null,
  },
  {
    code: '216',
    name: 'Huyện Tân Yên',
    level: 'district',
    parentCode: '24',
    validFrom: null,
    validTo: null,
    successorCode: null,
  },
  {
    code: '222',
    name: 'Thị xã Việt Yên',
    level: 'district',
    parentCode: '24',
    validFrom: null,
    validTo: null,
    successorCode: null,
  },
];

/** The district offices that register cooperatives in the two districts. */
export const TEST_AUTHORITIES: Authority[] = ['216', '222'].map((territoryCode) => ({
  id: `tckh-${territoryCode}`,
  name: `Phòng Tài chính – Kế hoạch ${territoryCode === '216' ? 'huyện Tân Yên' : 'thị xã Việt Yên'}`,
  territoryCode,
  handles: ['cooperative', 'group'],
  validFrom: null,
  validTo: null,
  confirmed: true,
}));

type TestUser = { id: string; displayName: string; roles: Role[]; territoryCodes: string[] };

export const USERS = {
  officer: {
    id: 'can-bo.tanyen',
    displayName: 'Nguyễn Văn An',
    roles: ['registration-officer'],
    territoryCodes: ['216'],
  },
  secondOfficer: {
    id: 'can-bo2.tanyen',
    displayName: 'Trần Thị Bình',
    roles: ['registration-officer'],
    territoryCodes: ['216'],
  },
  head: { id: 'lanh-dao.tanyen', displayName: 'Lê Văn Cường', roles: ['head-of-authority'], territoryCodes: ['216'] },
  otherOfficer: {
    id: 'can-bo.vietyen',
    displayName: 'Hoàng Thị Lan',
    roles: ['registration-officer'],
    territoryCodes: ['222'],
  },
  auditor: { id: 'thanh-tra', displayName: 'Phạm Thị Dung', roles: ['auditor'], territoryCodes: ['24'] },
  admin: { id: 'quan-tri', displayName: 'Đỗ Minh Quân', roles: ['administrator'], territoryCodes: ['24'] },
} satisfies Record<string, TestUser>;

/** Writes the map and the users into a test database, as an administrator would. */
export async function seedIdentity(dataSource: DataSource): Promise<void> {
  const auditLog = new AuditLog(dataSource);
  const now = new Date();
  const territories = new TerritoryRepository(dataSource, auditLog);
  await territories.saveTerritories(TEST_TERRITORIES, SYSTEM_ACTOR, now);
  await territories.saveAuthorities(TEST_AUTHORITIES, SYSTEM_ACTOR, now);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const users = new UserRepository(dataSource, auditLog);
  for (const user of Object.values(USERS)) {
    await users.save(
      { ...user, cooperativeIds: [], passwordHash, externalSubject: null, active: true },
      SYSTEM_ACTOR,
      now,
    );
  }
}

/** One more user with the test password (for users only some tests need). */
export async function seedUser(dataSource: DataSource, user: TestUser & { cooperativeIds?: string[] }): Promise<void> {
  await new UserRepository(dataSource, new AuditLog(dataSource)).save(
    {
      cooperativeIds: [],
      ...user,
      passwordHash: await hashPassword(TEST_PASSWORD),
      externalSubject: null,
      active: true,
    },
    SYSTEM_ACTOR,
    new Date(),
  );
}

/** A representative of the given cooperatives (created on demand, since their ids come from registration). */
export function seedRepresentative(dataSource: DataSource, id: string, cooperativeIds: string[]): Promise<void> {
  return seedUser(dataSource, {
    id,
    displayName: `Đại diện ${id}`,
    roles: ['cooperative-representative'],
    territoryCodes: [],
    cooperativeIds,
  });
}
