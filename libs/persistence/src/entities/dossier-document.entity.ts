import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A file of an establishment dossier. Uploaded first (staged: no application yet), then attached by the event that
 * files or resubmits the dossier, in the same transaction; the log records its SHA-256.
 */
@Entity('dossier_documents')
@Index('ix_dossier_documents_application', ['applicationId'])
@Index('ix_dossier_documents_staged', ['uploadedBy', 'uploadedAt'])
export class DossierDocumentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'application_id', nullable: true })
  applicationId: string | null;

  @Column('text')
  kind: string;

  @Column('text', { name: 'file_name' })
  fileName: string;

  @Column('text', { name: 'content_type' })
  contentType: string;

  @Column('integer')
  size: number;

  @Column('char', { length: 64 })
  sha256: string;

  @Column('bytea', { select: false })
  content: Buffer;

  @Column('text', { name: 'uploaded_by' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt: Date;
}
