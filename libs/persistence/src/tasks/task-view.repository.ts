import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TaskViewEntity } from '../entities/task-view.entity';

export type SavedTaskView = {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  readonly sharedWith: readonly string[];
  readonly filters: Record<string, unknown>;
  readonly createdAt: string;
};

const toView = (row: TaskViewEntity): SavedTaskView => ({
  id: row.id,
  name: row.name,
  ownerId: row.ownerId,
  sharedWith: row.sharedWith,
  filters: row.filters as Record<string, unknown>,
  createdAt: row.createdAt.toISOString(),
});

/** Saved inbox filters, on the server: one's own, and those shared with the teams of one's territories. */
@Injectable()
export class TaskViewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async visibleTo(userId: string, territoryCodes: readonly string[]): Promise<SavedTaskView[]> {
    const rows = await this.dataSource
      .getRepository(TaskViewEntity)
      .createQueryBuilder('v')
      .where('v.owner_id = :userId', { userId })
      .orWhere('v.shared_with && :codes', { codes: territoryCodes })
      .orderBy('v.name', 'ASC')
      .getMany();
    return rows.map(toView);
  }

  async save(view: Omit<SavedTaskView, 'createdAt'>): Promise<SavedTaskView> {
    const repository = this.dataSource.getRepository(TaskViewEntity);
    await repository.upsert({ ...view, sharedWith: [...view.sharedWith] }, ['id']);
    return toView(await repository.findOneByOrFail({ id: view.id }));
  }

  async findById(id: string): Promise<SavedTaskView | null> {
    const row = await this.dataSource.getRepository(TaskViewEntity).findOneBy({ id });
    return row ? toView(row) : null;
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.getRepository(TaskViewEntity).delete({ id });
  }
}
