import {
  checkOfficialSchedule,
  computeDeadline,
  COUNTING_RULE,
  ROLES,
  text,
  type OfficialSchedule,
  type Period,
} from '@htx/domain';
import { CalendarScheduleRepository } from '@htx/persistence';
import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { actingAs, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ApiErrorDto } from '../http/api-error';
import { invalidRequest } from '../http/validation';
import {
  DaysOffQueryDto,
  DaysOffResponseDto,
  DeadlineQueryDto,
  DeadlineResponseDto,
  LoadScheduleDto,
} from './dto/calendar.dto';
import { WorkingCalendarService } from './working-calendar.service';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly calendars: WorkingCalendarService,
    private readonly schedules: CalendarScheduleRepository,
  ) {}

  @Get('deadline')
  @Roles(...ROLES)
  @ApiOperation({
    summary: 'Tính hạn / Compute a statutory deadline, with its provenance',
    description: 'Give `from` and exactly one of `workingDays`, `days`, `months` (Civil Code 2015 Art. 147–148).',
  })
  @ApiOkResponse({ type: DeadlineResponseDto })
  @ApiBadRequestResponse({ type: ApiErrorDto })
  async deadline(@Query() query: DeadlineQueryDto): Promise<DeadlineResponseDto> {
    const periods: Period[] = [
      ...(query.workingDays === undefined ? [] : [{ unit: 'working-days' as const, count: query.workingDays }]),
      ...(query.days === undefined ? [] : [{ unit: 'days' as const, count: query.days }]),
      ...(query.months === undefined ? [] : [{ unit: 'months' as const, count: query.months }]),
    ];
    if (periods.length !== 1) {
      throw invalidRequest([
        {
          field: 'workingDays',
          reason: text(
            'Cần đúng một trong workingDays, days, months.',
            'Give exactly one of workingDays, days, months.',
          ),
          fix: text('Ví dụ: ?from=2026-02-13&workingDays=3', 'For example: ?from=2026-02-13&workingDays=3'),
        },
      ]);
    }
    const deadline = computeDeadline(await this.calendars.calendar(), query.from, periods[0]);
    return {
      ...deadline,
      skipped: [...deadline.skipped],
      calendar: [...deadline.calendar],
      countingRule: COUNTING_RULE,
    };
  }

  @Get('days-off')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Ngày nghỉ trong năm / Days off of a year, official or statutory, with reasons' })
  @ApiOkResponse({ type: DaysOffResponseDto })
  async daysOff(@Query() query: DaysOffQueryDto): Promise<DaysOffResponseDto> {
    const calendar = await this.calendars.calendar();
    return { calendar: calendar.basisOf(query.year), days: calendar.holidays(query.year) };
  }

  @Get('schedules')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Lịch chính thức đã nạp / Official yearly schedules loaded so far' })
  schedulesLoaded(): Promise<OfficialSchedule[]> {
    return this.calendars.schedulesLoaded();
  }

  @Put('schedules/:year')
  @Roles('administrator')
  @HttpCode(204)
  @ApiOperation({
    summary: "Nạp lịch nghỉ chính thức / Load a year's official schedule (replaces the statutory default)",
    description: 'List every day off that is not a Saturday or Sunday, and every weekend day made a working day.',
  })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ApiErrorDto })
  async loadSchedule(
    @Param('year', ParseIntPipe) year: number,
    @Body() body: LoadScheduleDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<void> {
    const schedule: OfficialSchedule = { year, ...body };
    const problems = checkOfficialSchedule(schedule);
    if (problems.length > 0) throw invalidRequest(problems);
    await this.schedules.save(schedule, actingAs(user, ['administrator']), new Date());
    this.calendars.invalidate();
  }
}
