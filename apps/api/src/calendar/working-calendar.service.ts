import { WorkingCalendar, type OfficialSchedule } from '@htx/domain';
import { CalendarScheduleRepository } from '@htx/persistence';
import { Injectable } from '@nestjs/common';

/** The working calendar with every official schedule loaded so far; refreshed when an administrator loads one. */
@Injectable()
export class WorkingCalendarService {
  private cached: Promise<WorkingCalendar> | undefined;

  constructor(private readonly schedules: CalendarScheduleRepository) {}

  calendar(): Promise<WorkingCalendar> {
    this.cached ??= this.schedules.all().then((schedules) => new WorkingCalendar(schedules));
    return this.cached;
  }

  schedulesLoaded(): Promise<OfficialSchedule[]> {
    return this.schedules.all();
  }

  invalidate(): void {
    this.cached = undefined;
  }
}
