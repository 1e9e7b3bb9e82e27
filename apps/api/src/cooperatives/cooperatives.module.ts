import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CooperativesController } from './cooperatives.controller';
import { CooperativesService } from './cooperatives.service';
import { RegistryImportsController } from './registry-imports.controller';
import { RegistryImportsService } from './registry-imports.service';
import { SupportSummaryController } from './support-summary.controller';
import { DissolutionsController } from '../dissolutions/dissolutions.controller';
import { DissolutionsService } from '../dissolutions/dissolutions.service';

@Module({
  imports: [CalendarModule],
  controllers: [RegistryImportsController, CooperativesController, SupportSummaryController, DissolutionsController],
  providers: [CooperativesService, RegistryImportsService, DissolutionsService],
})
export class CooperativesModule {}
