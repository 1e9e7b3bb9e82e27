import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CooperativesController } from './cooperatives.controller';
import { CooperativesService } from './cooperatives.service';
import { RegistryImportsController } from './registry-imports.controller';
import { RegistryImportsService } from './registry-imports.service';
import { SupportSummaryController } from './support-summary.controller';

@Module({
  imports: [CalendarModule],
  controllers: [RegistryImportsController, CooperativesController, SupportSummaryController],
  providers: [CooperativesService, RegistryImportsService],
})
export class CooperativesModule {}
