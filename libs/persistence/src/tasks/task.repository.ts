import type { IsoDate, Role, TaskKind, TaskStatus } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, In } from 'typeorm';
import { TaskEntity } from '../entities/task.entity';
import { toTaskRecord, type TaskRecord } from './task.mapper';

export type TaskView = 'mine' | 'unassigned' | 'my-role' | 'all';
export type TaskSort = 'due' | 'priority';

export type TaskListQuery = {
  /** Tasks of these territories only (the caller's reach). */
  readonly territoryCodes: readonly string[];
  readonly userId: string;
  readonly roles: readonly Role[];
  readonly view: TaskView;
  readonly statuses: readonly TaskStatus[];
  readonly kind?: TaskKind;
  readonly territoryCode?: string;
  readonly overdueOn?: IsoDate;
  readonly dueBefore?: IsoDate;
  readonly sort: TaskSort;
  readonly after?: TaskCursor;
  readonly limit: number;
};

/** Where the previous page ended, in the sort's own order (keyset pagination: no OFFSET). */
export type TaskCursor = { readonly dueOn: IsoDate; readonly priority: number; readonly id: string };

@Injectable()
export class TaskRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<TaskRecord | null> {
    const row = await this.dataSource.getRepository(TaskEntity).findOneBy({ id });
    return row ? toTaskRecord(row) : null;
  }

  async forSubject(subjectId: string): Promise<TaskRecord[]> {
    const rows = await this.dataSource
      .getRepository(TaskEntity)
      .find({ where: { subjectId }, order: { openedAt: 'ASC' } });
    return rows.map(toTaskRecord);
  }

  /** Tasks of one kind about any of these subjects, oldest first. */
  async forSubjects(subjectIds: readonly string[], kind: string): Promise<TaskRecord[]> {
    if (subjectIds.length === 0) return [];
    const rows = await this.dataSource
      .getRepository(TaskEntity)
      .find({ where: { subjectId: In([...subjectIds]), kind }, order: { openedAt: 'ASC' } });
    return rows.map(toTaskRecord);
  }

  /** The inbox: least time left first by default, filtered on the server, one keyset page at a time. */
  async list(query: TaskListQuery): Promise<TaskRecord[]> {
    const builder = this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where('t.territory_code = ANY(:codes)', { codes: query.territoryCodes })
      .andWhere('t.status = ANY(:statuses)', { statuses: query.statuses });
    if (query.view === 'mine') builder.andWhere('t.assignee_id = :userId', { userId: query.userId });
    if (query.view === 'unassigned') builder.andWhere('t.assignee_id IS NULL');
    if (query.view === 'my-role') builder.andWhere('t.candidate_role = ANY(:roles)', { roles: query.roles });
    if (query.kind) builder.andWhere('t.kind = :kind', { kind: query.kind });
    if (query.territoryCode)
      builder.andWhere('t.territory_code = :territoryCode', { territoryCode: query.territoryCode });
    if (query.overdueOn) builder.andWhere('t.due_on < :today', { today: query.overdueOn });
    if (query.dueBefore) builder.andWhere('t.due_on <= :dueBefore', { dueBefore: query.dueBefore });
    const after = query.after;
    if (query.sort === 'due') {
      if (after) builder.andWhere('(t.due_on, t.id) > (:dueOn, :id)', after);
      builder.orderBy('t.due_on', 'ASC').addOrderBy('t.id', 'ASC');
    } else {
      if (after) {
        builder.andWhere(
          new Brackets((page) =>
            page
              .where('t.priority < :priority', after)
              .orWhere('(t.priority = :priority AND (t.due_on, t.id) > (:dueOn, :id))', after),
          ),
        );
      }
      builder.orderBy('t.priority', 'DESC').addOrderBy('t.due_on', 'ASC').addOrderBy('t.id', 'ASC');
    }
    const rows = await builder.take(query.limit).getMany();
    return rows.map(toTaskRecord);
  }
}
