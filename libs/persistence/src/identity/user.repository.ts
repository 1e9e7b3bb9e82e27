import type { Actor, Role } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { UserEntity } from '../entities/user.entity';

export type UserRecord = {
  readonly id: string;
  readonly displayName: string;
  readonly roles: readonly Role[];
  readonly territoryCodes: readonly string[];
  readonly cooperativeIds: readonly string[];
  readonly passwordHash: string | null;
  readonly externalSubject: string | null;
  readonly active: boolean;
};

function toUserRecord(row: UserEntity): UserRecord {
  return {
    id: row.id,
    displayName: row.displayName,
    roles: row.roles as Role[],
    territoryCodes: row.territoryCodes,
    cooperativeIds: row.cooperativeIds,
    passwordHash: row.passwordHash,
    externalSubject: row.externalSubject,
    active: row.active,
  };
}

@Injectable()
export class UserRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auditLog: AuditLog,
  ) {}

  async findById(id: string): Promise<UserRecord | null> {
    const row = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    return row ? toUserRecord(row) : null;
  }

  async findByExternalSubject(subject: string): Promise<UserRecord | null> {
    const row = await this.dataSource.getRepository(UserEntity).findOneBy({ externalSubject: subject });
    return row ? toUserRecord(row) : null;
  }

  async save(user: UserRecord, actor: Actor, occurredAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(UserEntity).upsert(
        {
          ...user,
          roles: [...user.roles],
          territoryCodes: [...user.territoryCodes],
          cooperativeIds: [...user.cooperativeIds],
        },
        ['id'],
      );
      await this.auditLog.record(
        {
          actor,
          action: 'user-saved',
          outcome: 'allowed',
          subject: { type: 'user', id: user.id },
          details: { roles: user.roles, territoryCodes: user.territoryCodes, active: user.active },
          occurredAt,
        },
        manager,
      );
    });
  }
}
