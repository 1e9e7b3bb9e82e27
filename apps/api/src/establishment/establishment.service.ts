import { randomUUID } from 'node:crypto';
import { renderDocument } from '@htx/documents';
import {
  applicationPrintouts,
  checkDossier,
  checkResubmission,
  DomainError,
  sameDossier,
  text,
  vietnamDateOf,
  type EstablishmentDossier,
  type FieldProblem,
  type LocalizedText,
  type Role,
} from '@htx/domain';
import {
  ApplicationRepository,
  DossierDocuments,
  TaskRepository,
  type ApplicationRecord,
  type TaskRecord,
} from '@htx/persistence';
import { EstablishmentClient, workflowRefusalOf } from '@htx/temporal-client';
import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { TerritoryDirectoryService } from '../access/territory-directory.service';
import { printableDocument } from './application-printouts';
import { printingAuthority } from '../printing/printing-authority';
import { actingAs, type AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../http/api-error';
import { idFromKey } from '../http/idempotency';
import { invalidRequest } from '../http/validation';
import type { SubmitApplicationDto } from './dto/submit-application.dto';

export const RECEIVING_ROLES: Role[] = ['registration-officer', 'administrator'];

/** A UUID (version 4 layout) derived from the filer's idempotency key: the same key files the same application. */

const alreadyFiled = (detail: LocalizedText) =>
  new ApiError(
    409,
    'ALREADY_FILED',
    detail,
    [],
    text('Dùng một Idempotency-Key mới cho hồ sơ mới.', 'Use a new Idempotency-Key for a new dossier.'),
  );

const REFUSAL_STATUS: Record<string, number> = {
  NOT_AWAITING_AMENDMENTS: 409,
  APPLICATION_LAPSED: 409,
};

@Injectable()
export class EstablishmentService {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly documents: DossierDocuments,
    private readonly tasks: TaskRepository,
    private readonly client: EstablishmentClient,
    private readonly access: AccessPolicy,
    private readonly territories: TerritoryDirectoryService,
  ) {}

  /**
   * Receives a dossier (the one-stop desk): its territory must be the officer's, its contents consistent and its
   * papers complete; then the application's workflow files it and the statutory clock starts. With an
   * Idempotency-Key a repeat is harmless, however the application went on since.
   */
  async submit(body: SubmitApplicationDto, user: AuthenticatedUser, now: Date, idempotencyKey?: string) {
    await this.requireTerritory(user, body.territoryCode, now);
    const applicationId = idempotencyKey ? idFromKey(user.id, idempotencyKey) : randomUUID();
    const dossier = await this.dossierOf(body, applicationId, user);
    const existing = await this.applications.findById(applicationId);
    if (existing) {
      if (!sameDossier(existing.filedDossier, dossier)) {
        throw alreadyFiled(
          text('Hồ sơ này đã được nộp với nội dung khác.', 'This application was filed with other contents.'),
        );
      }
      return { application: existing, created: false };
    }
    const problems = checkDossier(dossier, vietnamDateOf(now));
    if (problems.length > 0) throw invalidRequest(problems);
    await this.send(() =>
      this.client.submit(applicationId, {
        dossier,
        receivedAt: now.toISOString(),
        receivedBy: actingAs(user, RECEIVING_ROLES),
      }),
    );
    return { application: await this.require(applicationId), created: true };
  }

  /** The founders' corrected dossier, after a request for amendments; the review starts again from its receipt. */
  async resubmit(
    id: string,
    body: SubmitApplicationDto,
    user: AuthenticatedUser,
    now: Date,
    idempotencyKey?: string,
  ): Promise<ApplicationRecord> {
    const { application } = await this.get(id, user, now, 'resubmit');
    const dossier = await this.dossierOf(body, id, user);
    // The workflow decides again; a clear refusal (wrong state, too late, invalid) never reaches it.
    let check: 'apply' | 'unchanged';
    try {
      check = checkResubmission(application, dossier, vietnamDateOf(now));
    } catch (error) {
      if (error instanceof DomainError) throw this.answer(error.code, error.detail, error.problems);
      throw error;
    }
    if (check === 'unchanged') return application;
    await this.send(() =>
      this.client.resubmit(
        id,
        { dossier, receivedAt: now.toISOString(), receivedBy: actingAs(user, RECEIVING_ROLES) },
        idempotencyKey ? `resubmit/${idempotencyKey}` : undefined,
      ),
    );
    return this.require(id);
  }

  async get(
    id: string,
    user: AuthenticatedUser,
    now: Date,
    action = 'read',
  ): Promise<{ application: ApplicationRecord; tasks: TaskRecord[] }> {
    const application = await this.applications.findById(id);
    if (!application) throw notFound(id);
    if (!(await this.access.covers(user, application.dossier.territoryCode, now))) {
      throw await this.access.refuse(
        user,
        {
          action,
          subject: { type: 'establishment-application', id },
          cooperativeId: null,
          territoryCode: application.dossier.territoryCode,
        },
        now,
      );
    }
    return { application, tasks: await this.tasks.forSubject(id) };
  }

  async list(
    user: AuthenticatedUser,
    status: string | undefined,
    limit: number,
    now: Date,
  ): Promise<ApplicationRecord[]> {
    const { territoryCodes } = await this.access.reach(user, now);
    return this.applications.list(territoryCodes ?? [], status, limit);
  }

  /** A document the authority prints for the application (certificate, notices), as PDF. */
  async printout(id: string, key: string, user: AuthenticatedUser, now: Date) {
    const { application } = await this.get(id, user, now, 'print');
    const printout = applicationPrintouts(application).find((candidate) => candidate.key === key);
    if (!printout) {
      const available = applicationPrintouts(application).map((candidate) => candidate.key);
      throw new ApiError(
        404,
        'PRINTOUT_NOT_FOUND',
        text(`Hồ sơ chưa có văn bản "${key}".`, `The application has no printout "${key}" (yet).`),
        [],
        text(
          `Văn bản hiện có: ${available.join(', ') || 'chưa có'}.`,
          `Available now: ${available.join(', ') || 'none'}.`,
        ),
      );
    }
    const printing = await printingAuthority(
      this.territories,
      application.dossier.territoryCode,
      application.dossier.kind,
      application.decidedOn ?? application.filedOn,
    );
    const content = await renderDocument(printableDocument(application, printout, printing));
    return { fileName: `${printout.title.vi}.pdf`, content };
  }

  /** A file of an application's dossier, for whoever may read the application. */
  async document(id: string, documentId: string, user: AuthenticatedUser, now: Date) {
    await this.get(id, user, now, 'read-document');
    const document = await this.documents.read(id, documentId);
    if (!document) {
      throw new ApiError(
        404,
        'DOCUMENT_NOT_FOUND',
        text(`Hồ sơ không có giấy tờ ${documentId}.`, `The dossier holds no document ${documentId}.`),
      );
    }
    return document;
  }

  private async requireTerritory(user: AuthenticatedUser, territoryCode: string, now: Date): Promise<void> {
    if (await this.access.covers(user, territoryCode, now)) return;
    throw new ApiError(
      403,
      'OUTSIDE_YOUR_TERRITORY',
      text(
        `Địa bàn ${territoryCode} không thuộc phạm vi của bạn; không có gì được ghi lại.`,
        `Territory ${territoryCode} is outside yours; nothing was recorded.`,
      ),
      [{ field: 'territoryCode', reason: text('Ngoài địa bàn được phân công.', 'Outside your territories.') }],
    );
  }

  /** The dossier as the workflow receives it: the listed uploads resolved to their stored names and checksums. */
  private async dossierOf(
    body: SubmitApplicationDto,
    applicationId: string,
    user: AuthenticatedUser,
  ): Promise<EstablishmentDossier> {
    const { documentIds, ...fields } = body;
    const found = await this.documents.usableFor(applicationId, user.id, documentIds);
    const problems: FieldProblem[] = documentIds.flatMap((documentId, index) =>
      found.some((document) => document.documentId === documentId)
        ? []
        : [
            {
              field: `documentIds[${index}]`,
              reason: text(
                `Không có tệp ${documentId} (tệp tải lên chưa dùng được giữ 7 ngày).`,
                `There is no upload ${documentId} (unused uploads are kept for 7 days).`,
              ),
              fix: text('Tải tệp lên lại rồi dùng mã mới.', 'Upload the file again and use the new id.'),
            },
          ],
    );
    if (problems.length > 0) throw invalidRequest(problems);
    return {
      ...fields,
      documents: documentIds.map((documentId) => found.find((document) => document.documentId === documentId)!),
    };
  }

  /** Sends to the application's workflow; its refusals come back in the API's terms. */
  private async send(call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
    } catch (error) {
      const refusal = workflowRefusalOf(error);
      if (!refusal) throw error;
      throw this.answer(refusal.type, refusal.detail ?? text('Không thực hiện được.', 'Refused.'), refusal.problems);
    }
  }

  /** A domain refusal (from the API's own check or the workflow's validator) in the API's terms. */
  private answer(code: string, detail: LocalizedText, problems: readonly FieldProblem[]): ApiError {
    if (code === 'INVALID_COMMAND') return invalidRequest(problems);
    if (code === 'ALREADY_FILED') return alreadyFiled(detail);
    return new ApiError(REFUSAL_STATUS[code] ?? 409, code, detail, problems);
  }

  private async require(id: string): Promise<ApplicationRecord> {
    const application = await this.applications.findById(id);
    if (!application) throw notFound(id);
    return application;
  }
}

/** The same answer as for an application out of reach (AccessPolicy.refuse), so neither tells the other apart. */
const notFound = (id: string) =>
  new ApiError(
    404,
    'ESTABLISHMENT_APPLICATION_NOT_FOUND',
    text(`Không tìm thấy ${id}.`, `${id} was not found.`),
    [],
    text('Kiểm tra mã định danh và địa bàn được phân công.', 'Check the id and the territories assigned to you.'),
  );
