import { TemporalHealth } from '@htx/temporal-client';
import { Public } from '../auth/decorators';
import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

class HealthDto {
  @ApiProperty({ example: 'ok' })
  status: string;
}

class ReadinessDto {
  @ApiProperty({ example: 'ready', enum: ['ready', 'not-ready'] })
  status: string;

  @ApiProperty({ example: { database: 'up', temporal: 'up' } })
  checks: { database: 'up' | 'down'; temporal: 'up' | 'down' };
}

@ApiTags('health')
@Public()
@Controller()
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: TemporalHealth,
  ) {}

  @Get('health')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  @ApiOkResponse({ type: HealthDto })
  health(): HealthDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: PostgreSQL and Temporal both answer' })
  @ApiOkResponse({ type: ReadinessDto })
  @ApiServiceUnavailableResponse({ type: ReadinessDto })
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessDto> {
    const [database, temporal] = await Promise.all([this.databaseAnswers(), this.temporal.isReachable()]);
    const body: ReadinessDto = {
      status: database && temporal ? 'ready' : 'not-ready',
      checks: { database: database ? 'up' : 'down', temporal: temporal ? 'up' : 'down' },
    };
    if (body.status !== 'ready') response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return body;
  }

  private async databaseAnswers(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
