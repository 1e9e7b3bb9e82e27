import { createHash, randomUUID } from 'node:crypto';
import type { DocumentKind, DossierDocument } from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, LessThan, type EntityManager } from 'typeorm';
import { DossierDocumentEntity } from '../entities/dossier-document.entity';

/** Uploads never filed are kept this long, then dropped at the next upload. */
const STAGED_FOR_MS = 7 * 86_400_000;

const toDocument = (row: DossierDocumentEntity): DossierDocument => ({
  documentId: row.id,
  kind: row.kind as DocumentKind,
  fileName: row.fileName,
  contentType: row.contentType,
  size: row.size,
  sha256: row.sha256,
});

@Injectable()
export class DossierDocuments {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores an uploaded file, checksummed, until a filing attaches it. */
  async stage(
    file: { kind: DocumentKind; fileName: string; contentType: string; content: Buffer },
    uploadedBy: string,
    now: Date,
  ): Promise<DossierDocument> {
    const rows = this.dataSource.getRepository(DossierDocumentEntity);
    await rows.delete({ applicationId: IsNull(), uploadedAt: LessThan(new Date(now.getTime() - STAGED_FOR_MS)) });
    const row = {
      id: randomUUID(),
      applicationId: null,
      kind: file.kind,
      fileName: file.fileName,
      contentType: file.contentType,
      size: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
      uploadedBy,
    };
    await rows.insert(row);
    return toDocument(row as DossierDocumentEntity);
  }

  /**
   * The documents a filing may list: staged by this user, or already part of this application (a resubmission keeps
   * what did not change). Others are not found, whoever holds them.
   */
  async usableFor(applicationId: string, userId: string, ids: readonly string[]): Promise<DossierDocument[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.getRepository(DossierDocumentEntity).find({
      where: [
        { id: In([...ids]), applicationId: IsNull(), uploadedBy: userId },
        { id: In([...ids]), applicationId },
      ],
    });
    return rows.map(toDocument);
  }

  /** A document of an application with its bytes. */
  async read(applicationId: string, documentId: string): Promise<(DossierDocument & { content: Buffer }) | null> {
    const row = await this.dataSource
      .getRepository(DossierDocumentEntity)
      .createQueryBuilder('d')
      .addSelect('d.content')
      .where('d.id = :documentId AND d.application_id = :applicationId', { documentId, applicationId })
      .getOne();
    return row ? { ...toDocument(row), content: row.content } : null;
  }
}

/** Attaches the staged documents a filing lists, in the transaction that records the filing. */
export async function attachDocuments(
  manager: EntityManager,
  applicationId: string,
  documents: readonly DossierDocument[],
): Promise<void> {
  if (documents.length === 0) return;
  await manager
    .getRepository(DossierDocumentEntity)
    .update({ id: In(documents.map((document) => document.documentId)), applicationId: IsNull() }, { applicationId });
}
