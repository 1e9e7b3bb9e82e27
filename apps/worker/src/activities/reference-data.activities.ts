import type {
  AllocateRegistrationCodeInput,
  ReferenceDataActivityContract,
  RegistryActivityContract,
} from '@htx/contracts';
import type { OfficialSchedule } from '@htx/domain';
import { CalendarScheduleRepository, RegistrationCodes } from '@htx/persistence';
import { Injectable } from '@nestjs/common';

@Injectable()
export class ReferenceDataActivities implements ReferenceDataActivityContract {
  constructor(private readonly schedules: CalendarScheduleRepository) {}

  loadCalendarSchedules(): Promise<OfficialSchedule[]> {
    return this.schedules.all();
  }
}

@Injectable()
export class RegistryActivities implements RegistryActivityContract {
  constructor(private readonly codes: RegistrationCodes) {}

  allocateRegistrationCode(input: AllocateRegistrationCodeInput): Promise<string> {
    return this.codes.allocate(input.applicationId, input.territoryCode, input.year);
  }
}
