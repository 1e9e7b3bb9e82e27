import { AppConfig } from '@htx/config';
import type {
  AllocateRegistrationCodeInput,
  ReferenceDataActivityContract,
  RegistryActivityContract,
  RunSettings,
  ScreenApplicationInput,
} from '@htx/contracts';
import type { ApplicationScreening, OfficialSchedule, RuleCorrection } from '@htx/domain';
import {
  ApplicationScreeningService,
  CalendarScheduleRepository,
  CooperativeRepository,
  RegistrationCodes,
  RuleCorrectionRepository,
} from '@htx/persistence';
import { Injectable } from '@nestjs/common';

@Injectable()
export class ReferenceDataActivities implements ReferenceDataActivityContract {
  constructor(
    private readonly schedules: CalendarScheduleRepository,
    private readonly corrections: RuleCorrectionRepository,
    private readonly cooperatives: CooperativeRepository,
    private readonly config: AppConfig,
  ) {}

  async loadRunSettings(): Promise<RunSettings> {
    const [schedules, corrections] = await Promise.all([this.schedules.all(), this.corrections.all()]);
    return { schedules, corrections, reminderPolicy: this.config.reporting };
  }

  loadCalendarSchedules(): Promise<OfficialSchedule[]> {
    return this.schedules.all();
  }

  loadRuleCorrections(): Promise<RuleCorrection[]> {
    return this.corrections.all();
  }

  cooperativeWorkflowPage(input: { after: string | null; limit: number }) {
    return this.cooperatives.workflowIdPage(input.after, input.limit);
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
