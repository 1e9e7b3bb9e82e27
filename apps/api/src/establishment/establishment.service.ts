import { createHash, randomUUID } from 'node:crypto';
import {
  checkDossier,
  sameDossier,
  text,
  vietnamDateOf,
  type EstablishmentDossier,
  type LocalizedText,
  type Role,
} from '@htx/domain';
import { ApplicationRepository, TaskRepository, type ApplicationRecord, type TaskRecord } from '@htx/persistence';
import { EstablishmentClient, workflowRefusalOf } from '@htx/temporal-client';
import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { actingAs, type AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../http/api-error';
import { invalidRequest } from '../http/validation';

export const RECEIVING_ROLES: Role[] = ['registration-officer', 'administrator'];

/** A UUID (version 4 layout) derived from the filer's idempotency key: the same key files the same application. */
function applicationIdFor(userId: string, key: string): string {
  const bytes = createHash('sha256').update(`${userId}\n${key}`).digest();
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const alreadyFiled = (detail: LocalizedText) =>
  new ApiError(
    409,
    'ALREADY_FILED',
    detail,
    [],
    text('Dùng một Idempotency-Key mới cho hồ sơ mới.', 'Use a new Idempotency-Key for a new dossier.'),
  );

@Injectable()
export class EstablishmentService {
  constructor(
    private readonly applications: ApplicationRepository,
    private readonly tasks: TaskRepository,
    private readonly client: EstablishmentClient,
    private readonly access: AccessPolicy,
  ) {}

  /**
   * Receives a dossier (the one-stop desk): its territory must be the officer's, its contents consistent; then the
   * application's workflow files it and the statutory clock starts. With an Idempotency-Key a repeat is harmless.
   */
  async submit(dossier: EstablishmentDossier, user: AuthenticatedUser, now: Date, idempotencyKey?: string) {
    if (!(await this.access.covers(user, dossier.territoryCode, now))) {
      throw new ApiError(
        403,
        'OUTSIDE_YOUR_TERRITORY',
        text(
          `Địa bàn ${dossier.territoryCode} không thuộc phạm vi của bạn; không có gì được ghi lại.`,
          `Territory ${dossier.territoryCode} is outside yours; nothing was recorded.`,
        ),
        [{ field: 'territoryCode', reason: text('Ngoài địa bàn được phân công.', 'Outside your territories.') }],
      );
    }
    const problems = checkDossier(dossier, vietnamDateOf(now));
    if (problems.length > 0) throw invalidRequest(problems);

    const applicationId = idempotencyKey ? applicationIdFor(user.id, idempotencyKey) : randomUUID();
    const existing = await this.applications.findById(applicationId);
    if (existing) {
      // Filed before (its filing is in the log): the same dossier again is harmless, whatever became of it since.
      if (!sameDossier(existing.dossier, dossier))
        throw alreadyFiled(
          text('Hồ sơ này đã được nộp với nội dung khác.', 'This application was filed with other contents.'),
        );
      return { application: existing, created: false };
    }
    try {
      await this.client.submit(applicationId, {
        dossier,
        receivedAt: now.toISOString(),
        receivedBy: actingAs(user, RECEIVING_ROLES),
      });
    } catch (error) {
      const refusal = workflowRefusalOf(error);
      if (refusal?.type === 'ALREADY_FILED') throw alreadyFiled(refusal.detail ?? text('Đã nộp.', 'Already filed.'));
      if (refusal?.type === 'INVALID_COMMAND') throw invalidRequest(refusal.problems);
      throw error;
    }
    return { application: await this.require(applicationId), created: true };
  }

  async get(
    id: string,
    user: AuthenticatedUser,
    now: Date,
  ): Promise<{ application: ApplicationRecord; tasks: TaskRecord[] }> {
    const application = await this.require(id);
    if (!(await this.access.covers(user, application.dossier.territoryCode, now))) {
      throw await this.access.refuse(
        user,
        {
          action: 'read',
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

  private async require(id: string): Promise<ApplicationRecord> {
    const application = await this.applications.findById(id);
    if (!application) {
      throw new ApiError(
        404,
        'ESTABLISHMENT_APPLICATION_NOT_FOUND',
        text(`Không tìm thấy ${id}.`, `${id} was not found.`),
      );
    }
    return application;
  }
}
