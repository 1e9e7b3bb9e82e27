import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { ConversionsController } from './conversions.controller';
import { ConversionsService } from './conversions.service';

@Module({ imports: [AccessModule], controllers: [ConversionsController], providers: [ConversionsService] })
export class ConversionsModule {}
