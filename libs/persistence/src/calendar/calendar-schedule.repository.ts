import type { Actor, OfficialSchedule } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { CalendarScheduleEntity } from '../entities/calendar-schedule.entity';

@Injectable()
export class CalendarScheduleRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auditLog: AuditLog,
  ) {}

  async all(): Promise<OfficialSchedule[]> {
    const rows = await this.dataSource.getRepository(CalendarScheduleEntity).find({ order: { year: 'ASC' } });
    return rows.map((row) => ({
      year: row.year,
      source: row.source,
      daysOff: row.daysOff,
      workingDays: row.workingDays,
    }));
  }

  /** Replaces the year's schedule (the official one supersedes any earlier load), audited. */
  async save(schedule: OfficialSchedule, actor: Actor, occurredAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(CalendarScheduleEntity).upsert(
        {
          year: schedule.year,
          source: schedule.source,
          daysOff: schedule.daysOff.map((day) => ({ ...day })),
          workingDays: schedule.workingDays.map((day) => ({ ...day })),
          loadedBy: actor.id,
        },
        ['year'],
      );
      await this.auditLog.record(
        {
          actor,
          action: 'calendar-schedule-loaded',
          outcome: 'allowed',
          subject: { type: 'calendar-schedule', id: String(schedule.year) },
          details: {
            source: schedule.source,
            daysOff: schedule.daysOff.length,
            workingDays: schedule.workingDays.length,
          },
          occurredAt,
        },
        manager,
      );
    });
  }
}
