import type { LocalizedText, Role } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationEntity } from '../entities/notification.entity';

export type NotificationRecord = {
  readonly id: string;
  readonly taskId: string | null;
  readonly cooperativeId: string | null;
  readonly kind: string;
  readonly message: LocalizedText;
  readonly createdAt: string;
  readonly read: boolean;
};

@Injectable()
export class NotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A user's notifications: addressed to them, or to a role of theirs in their territories; newest first. */
  async forUser(
    userId: string,
    roles: readonly Role[],
    territoryCodes: readonly string[],
    limit = 50,
  ): Promise<NotificationRecord[]> {
    const rows = await this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId })
      .orWhere('(n.role = ANY(:roles) AND n.territory_code = ANY(:codes))', { roles, codes: territoryCodes })
      .orderBy('n.id', 'DESC')
      .take(limit)
      .getMany();
    return rows.map((row) => ({
      id: row.id,
      taskId: row.taskId,
      cooperativeId: row.cooperativeId,
      kind: row.kind,
      message: row.message,
      createdAt: row.createdAt.toISOString(),
      read: row.readBy.includes(userId),
    }));
  }

  async markRead(id: string, userId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET read_by = array_append(read_by, $2) WHERE id = $1 AND NOT ($2 = ANY(read_by))`,
      [id, userId],
    );
  }
}
