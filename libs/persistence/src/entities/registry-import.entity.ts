import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One upload of an existing registry: the rows it will import (kept, so an interrupted import resumes where it
 * stopped), its progress, and the rows it could not take. Its id derives from the file's contents.
 */
@Entity('registry_imports')
@Check('ck_registry_imports_status', `status IN ('running', 'completed')`)
export class RegistryImportEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text', { name: 'file_name' })
  fileName: string;

  @Column('char', { length: 64 })
  sha256: string;

  @Column('text', { name: 'uploaded_by' })
  uploadedBy: string;

  /** The actor the cooperatives' events are recorded under. */
  @Column('jsonb')
  actor: object;

  @Column('timestamptz', { name: 'started_at' })
  startedAt: Date;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;

  @Column('text')
  status: string;

  /** The rows to import, in file order (ImportRow[]). */
  @Column('jsonb')
  rows: object[];

  /** Rows left out because they were invalid (the good rows were imported on request). */
  @Column('jsonb', { name: 'rejected_rows' })
  rejectedRows: object[];

  @Column('integer')
  processed: number;

  @Column('integer')
  created: number;

  /** Rows the registry refused when their turn came (e.g. the code belongs to another cooperative). */
  @Column('jsonb')
  failures: object[];
}
