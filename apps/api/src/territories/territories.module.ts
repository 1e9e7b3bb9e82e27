import { Module } from '@nestjs/common';
import { TerritoriesController } from './territories.controller';

@Module({ controllers: [TerritoriesController] })
export class TerritoriesModule {}
