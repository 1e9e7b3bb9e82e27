import type {
  AllocateRegistrationCodeInput,
  ReferenceDataActivityContract,
  RegistryActivityContract,
  ScreenApplicationInput,
} from '@htx/contracts';
import type { ApplicationScreening, OfficialSchedule } from '@htx/domain';
import { ApplicationScreeningService, CalendarScheduleRepository, RegistrationCodes } from '@htx/persistence';
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
  constructor(
    private readonly codes: RegistrationCodes,
    private readonly screening: ApplicationScreeningService,
  ) {}

  screenApplication(input: ScreenApplicationInput): Promise<ApplicationScreening> {
    return this.screening.screen(input.applicationId, input.dossier);
  }

  allocateRegistrationCode(input: AllocateRegistrationCodeInput): Promise<string> {
    return this.codes.allocate(input.applicationId, input.territoryCode, input.year);
  }
}
