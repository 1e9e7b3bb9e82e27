import type { Actor, ImportRow, ImportRowError } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RegistryImportEntity } from '../entities/registry-import.entity';

export type ImportFailure = { readonly row: number; readonly registrationCode: string; readonly reason: string };

export type RegistryImport = {
  readonly id: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly uploadedBy: string;
  readonly actor: Actor;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly status: 'running' | 'completed';
  readonly rows: readonly ImportRow[];
  readonly rejectedRows: readonly ImportRowError[];
  readonly processed: number;
  readonly created: number;
  readonly failures: readonly ImportFailure[];
};

const toImport = (row: RegistryImportEntity): RegistryImport => ({
  ...row,
  actor: row.actor as Actor,
  startedAt: row.startedAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
  status: row.status as RegistryImport['status'],
  rows: row.rows as ImportRow[],
  rejectedRows: row.rejectedRows as ImportRowError[],
  failures: row.failures as ImportFailure[],
});

@Injectable()
export class RegistryImportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(id: string): Promise<RegistryImport | null> {
    const row = await this.dataSource.getRepository(RegistryImportEntity).findOneBy({ id });
    return row ? toImport(row) : null;
  }

  /** Records a new import; false if one with this id exists already (the same file, uploaded again). */
  async begin(
    entry: Pick<RegistryImport, 'id' | 'fileName' | 'sha256' | 'uploadedBy' | 'actor' | 'rows' | 'rejectedRows'>,
    now: Date,
  ): Promise<boolean> {
    const inserted = await this.dataSource.query<unknown[]>(
      `INSERT INTO registry_imports (id, file_name, sha256, uploaded_by, actor, started_at, status, rows, rejected_rows, processed, created, failures)
       VALUES ($1, $2, $3, $4, $5, $6, 'running', $7, $8, 0, 0, '[]') ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        entry.id,
        entry.fileName,
        entry.sha256,
        entry.uploadedBy,
        JSON.stringify(entry.actor),
        now,
        JSON.stringify(entry.rows),
        JSON.stringify(entry.rejectedRows),
      ],
    );
    return inserted.length > 0;
  }

  /** Moves the import past a batch: how many rows are done in all, how many of the batch were new, which failed. */
  async advance(id: string, processed: number, created: number, failures: readonly ImportFailure[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE registry_imports SET processed = $2, created = created + $3, failures = failures || $4::jsonb WHERE id = $1`,
      [id, processed, created, JSON.stringify(failures)],
    );
  }

  async complete(id: string, now: Date): Promise<void> {
    await this.dataSource.getRepository(RegistryImportEntity).update({ id }, { status: 'completed', finishedAt: now });
  }

  async running(): Promise<RegistryImport[]> {
    return (await this.dataSource.getRepository(RegistryImportEntity).findBy({ status: 'running' })).map(toImport);
  }
}
