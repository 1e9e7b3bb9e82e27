import {
  authorityFor,
  COOPERATIVE_KINDS,
  ROLES,
  text,
  vietnamDateOf,
  type Authority,
  type CooperativeKind,
  type Territory,
} from '@htx/domain';
import { TerritoryRepository } from '@htx/persistence';
import { Body, Controller, Get, HttpCode, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, Matches } from 'class-validator';
import { TerritoryDirectoryService } from '../access/territory-directory.service';
import { actingAs, type AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser, Roles } from '../auth/decorators';
import { ApiErrorDto } from '../http/api-error';
import { invalidRequest } from '../http/validation';
import { AuthorityDto, LoadAuthoritiesDto, LoadTerritoriesDto, TerritoryDto } from './dto/territory.dto';

class AuthorityForQueryDto {
  @ApiPropertyOptional({ example: '216' })
  @Matches(/^[0-9A-Za-z-]{1,20}$/)
  territoryCode: string;

  @ApiPropertyOptional({ enum: COOPERATIVE_KINDS, example: 'cooperative' })
  @IsIn(COOPERATIVE_KINDS)
  kind: CooperativeKind;

  @ApiPropertyOptional({ example: '2025-01-15', description: 'Default: today' })
  @IsOptional()
  @IsISO8601({ strict: true })
  on?: string;
}

@ApiTags('territories')
@ApiBearerAuth()
@Controller()
export class TerritoriesController {
  constructor(
    private readonly repository: TerritoryRepository,
    private readonly directory: TerritoryDirectoryService,
  ) {}

  @Get('territories')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Đơn vị hành chính / Administrative units, with their periods and successors' })
  @ApiOkResponse({ type: [TerritoryDto] })
  async territories(): Promise<Territory[]> {
    return (await this.directory.directory()).all().sort((a, b) => a.code.localeCompare(b.code));
  }

  @Put('territories')
  @Roles('administrator')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Nạp đơn vị hành chính / Load units, e.g. the 2025 reorganisation',
    description: 'Adds or updates units; nothing is deleted. Close an old unit with validTo and successorCode.',
  })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ApiErrorDto })
  async loadTerritories(@Body() body: LoadTerritoriesDto, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    const known = new Set([
      ...(await this.directory.directory()).all().map((t) => t.code),
      ...body.territories.map((t) => t.code),
    ]);
    const problems = body.territories.flatMap((territory, index) =>
      (['parentCode', 'successorCode'] as const)
        .filter((field) => territory[field] !== null && !known.has(territory[field]))
        .map((field) => ({
          field: `territories[${index}].${field}`,
          reason: text(`Không có đơn vị mã ${territory[field]}.`, `There is no unit with code ${territory[field]}.`),
          fix: text('Nạp đơn vị đó trước hoặc cùng lúc.', 'Load that unit first, or in the same request.'),
        })),
    );
    if (problems.length > 0) throw invalidRequest(problems);
    await this.repository.saveTerritories(body.territories, actingAs(user, ['administrator']), new Date());
    this.directory.invalidate();
  }

  @Get('authorities')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Cơ quan đăng ký / Registration authorities, by territory, kinds and period' })
  @ApiOkResponse({ type: [AuthorityDto] })
  authorities(): Promise<Authority[]> {
    return this.directory.authorities();
  }

  @Get('authorities/responsible')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Cơ quan có thẩm quyền / Which authority handled a kind of cooperative there, on a date' })
  @ApiOkResponse({ type: AuthorityDto })
  async responsible(@Query() query: AuthorityForQueryDto): Promise<Authority> {
    const on = query.on ?? vietnamDateOf(new Date());
    const found = authorityFor(
      await this.directory.directory(),
      await this.directory.authorities(),
      query.territoryCode,
      query.kind,
      on,
    );
    if (!found) {
      throw invalidRequest([
        {
          field: 'territoryCode',
          reason: text(
            `Chưa có cơ quan nào được nạp cho nơi này vào ngày ${on}.`,
            `No authority is loaded for this place on ${on}.`,
          ),
          fix: text(
            'Quản trị viên nạp cơ quan qua PUT /authorities.',
            'An administrator loads it with PUT /authorities.',
          ),
        },
      ]);
    }
    return found;
  }

  @Put('authorities')
  @Roles('administrator')
  @HttpCode(204)
  @ApiOperation({ summary: 'Nạp cơ quan đăng ký / Load authorities (effective-dated; nothing is deleted)' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ApiErrorDto })
  async loadAuthorities(@Body() body: LoadAuthoritiesDto, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    const directory = await this.directory.directory();
    const problems = body.authorities
      .map((authority, index) => ({ authority, index }))
      .filter(({ authority }) => !directory.get(authority.territoryCode))
      .map(({ authority, index }) => ({
        field: `authorities[${index}].territoryCode`,
        reason: text(
          `Không có đơn vị mã ${authority.territoryCode}.`,
          `There is no unit with code ${authority.territoryCode}.`,
        ),
      }));
    if (problems.length > 0) throw invalidRequest(problems);
    await this.repository.saveAuthorities(body.authorities, actingAs(user, ['administrator']), new Date());
    this.directory.invalidate();
  }
}
