import { Module } from '@nestjs/common';
import { RulePacksController } from './rule-packs.controller';
import { RulePacksService } from './rule-packs.service';

@Module({ controllers: [RulePacksController], providers: [RulePacksService] })
export class RulePacksModule {}
