import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { WorkingCalendarService } from './working-calendar.service';

@Module({ controllers: [CalendarController], providers: [WorkingCalendarService], exports: [WorkingCalendarService] })
export class CalendarModule {}
