import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '@htx/config';
import { ROLES, SYSTEM_ACTOR, type Role } from '@htx/domain';
import { AuditLog, dataSourceOptions, hashPassword, UserRepository } from '@htx/persistence';
import { DataSource } from 'typeorm';

const USAGE = `Usage: npm run users -- save --id <login> --name "<display name>" --roles <role,…> [--territories <code,…>]
                            [--cooperatives <uuid,…>] [--subject <oidc sub>] [--inactive]
Sets the password from USER_PASSWORD when given. Roles: ${ROLES.join(', ')}.
Example (the first administrator of a deployment):
  USER_PASSWORD='…' npm run users -- save --id quan-tri --name "Quản trị" --roles administrator --territories 24`;

/** `npm run users -- save …`: creates or updates a user (the first administrator of a deployment, say). Audited. */
async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      name: { type: 'string' },
      roles: { type: 'string' },
      territories: { type: 'string', default: '' },
      cooperatives: { type: 'string', default: '' },
      subject: { type: 'string' },
      inactive: { type: 'boolean', default: false },
    },
  });
  const roles = (values.roles ?? '').split(',').filter(Boolean) as Role[];
  if (positionals[0] !== 'save' || !values.id || !values.name || roles.length === 0) throw new Error(USAGE);
  const unknown = roles.filter((role) => !ROLES.includes(role));
  if (unknown.length > 0) throw new Error(`Unknown role(s): ${unknown.join(', ')}\n${USAGE}`);

  const config = loadConfig(process.env, 'htx-manage-users');
  const dataSource = await new DataSource(
    dataSourceOptions({ ...config.database, applicationName: config.applicationName }),
  ).initialize();
  try {
    const users = new UserRepository(dataSource, new AuditLog(dataSource));
    const existing = await users.findById(values.id);
    const password = process.env.USER_PASSWORD;
    await users.save(
      {
        id: values.id,
        displayName: values.name,
        roles,
        territoryCodes: values.territories.split(',').filter(Boolean),
        cooperativeIds: values.cooperatives.split(',').filter(Boolean),
        passwordHash: password ? await hashPassword(password) : (existing?.passwordHash ?? null),
        externalSubject: values.subject ?? existing?.externalSubject ?? null,
        active: !values.inactive,
      },
      SYSTEM_ACTOR,
      new Date(),
    );
    console.log(`User ${values.id} saved (${roles.join(', ')})${password ? ', password set' : ''}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
