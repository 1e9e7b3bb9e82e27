import type { EstablishmentApplication } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EstablishmentApplicationEntity } from '../entities/establishment-application.entity';

export type ApplicationRecord = EstablishmentApplication & { readonly workflowId: string; readonly updatedAt: string };

const toRecord = (row: EstablishmentApplicationEntity): ApplicationRecord => ({
  ...(row.state as unknown as EstablishmentApplication),
  workflowId: row.workflowId,
  updatedAt: row.updatedAt.toISOString(),
});

@Injectable()
export class ApplicationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string): Promise<ApplicationRecord | null> {
    const row = await this.dataSource.getRepository(EstablishmentApplicationEntity).findOneBy({ id });
    return row ? toRecord(row) : null;
  }

  /** Newest filings first, within the caller's territories. */
  async list(
    territoryCodes: readonly string[],
    status: string | undefined,
    limit: number,
  ): Promise<ApplicationRecord[]> {
    const builder = this.dataSource
      .getRepository(EstablishmentApplicationEntity)
      .createQueryBuilder('a')
      .where('a.territory_code = ANY(:codes)', { codes: territoryCodes });
    if (status) builder.andWhere('a.status = :status', { status });
    const rows = await builder.orderBy('a.filed_on', 'DESC').addOrderBy('a.id', 'ASC').take(limit).getMany();
    return rows.map(toRecord);
  }
}
