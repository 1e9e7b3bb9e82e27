import { LIFECYCLE_FAILURE_TYPES } from '@htx/contracts';
import {
  checkRegistration,
  isSameRegistration,
  normalizeRegistration,
  registrationCodeTaken,
  text,
  vietnamDateOf,
  type DomainError,
  type RegistrationDetails,
  type Role,
} from '@htx/domain';
import {
  CooperativeRepository,
  type ChainVerification,
  type CooperativeRecord,
  type RecordedEvent,
} from '@htx/persistence';
import { CooperativeLifecycleClient, workflowRefusalOf } from '@htx/temporal-client';
import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { actingAs, type AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../http/api-error';
import { invalidRequest } from '../http/validation';
import type { ListCooperativesDto } from './dto/list-cooperatives.dto';

export type Registration = { readonly cooperative: CooperativeRecord; readonly created: boolean };

export const REGISTERING_ROLES: Role[] = ['registration-officer', 'administrator'];

@Injectable()
export class CooperativesService {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly lifecycle: CooperativeLifecycleClient,
    private readonly access: AccessPolicy,
  ) {}

  /**
   * Checks the registration, answers a repeat from the registry without touching Temporal, and otherwise hands it
   * to the cooperative's workflow, which records it; the registry row exists when this returns.
   */
  async register(input: RegistrationDetails, user: AuthenticatedUser, now: Date): Promise<Registration> {
    const details = normalizeRegistration(input);
    const problems = checkRegistration(details, vietnamDateOf(now));
    if (problems.length > 0) throw invalidRequest(problems);
    if (!(await this.access.covers(user, details.territoryCode, now))) throw outsideTerritory(details.territoryCode);

    const existing = await this.cooperatives.findByRegistrationCode(details.registrationCode);
    if (existing) {
      if (!(await this.access.canSee(user, existing, now))) {
        // The code is taken; whose it is stays outside the user's reach.
        await this.access.refuse(
          user,
          {
            action: 'register',
            subject: { type: 'cooperative', id: details.registrationCode },
            cooperativeId: existing.cooperativeId,
            territoryCode: existing.territoryCode,
          },
          now,
        );
        throw new ApiError(409, 'REGISTRATION_CODE_TAKEN', TAKEN_ELSEWHERE, [
          { field: 'registrationCode', reason: TAKEN_ELSEWHERE },
        ]);
      }
      if (isSameRegistration(existing, details)) return { cooperative: existing, created: false };
      throw conflict(registrationCodeTaken(existing));
    }

    try {
      const result = await this.lifecycle.register({ details, actor: actingAs(user, REGISTERING_ROLES) });
      return { cooperative: await this.require(result.cooperative.cooperativeId), created: result.created };
    } catch (error) {
      const refusal = workflowRefusalOf(error);
      if (refusal?.type === LIFECYCLE_FAILURE_TYPES.registrationCodeTaken) {
        throw new ApiError(409, refusal.type, refusal.detail ?? REGISTERED_ELSEWHERE, refusal.problems);
      }
      if (refusal?.type === LIFECYCLE_FAILURE_TYPES.invalidCommand) throw invalidRequest(refusal.problems);
      throw error;
    }
  }

  /** The cooperative if the user may see it; otherwise the same 404 as for one that does not exist, recorded. */
  async get(id: string, user: AuthenticatedUser, now: Date, action = 'read'): Promise<CooperativeRecord> {
    const cooperative = await this.require(id);
    if (!(await this.access.canSee(user, cooperative, now))) {
      throw await this.access.refuse(
        user,
        { action, subject: { type: 'cooperative', id }, cooperativeId: id, territoryCode: cooperative.territoryCode },
        now,
      );
    }
    return cooperative;
  }

  async list(
    query: ListCooperativesDto & { limit: number },
    user: AuthenticatedUser,
    now: Date,
  ): Promise<CooperativeRecord[]> {
    return this.cooperatives.list({ ...query, reach: await this.access.reach(user, now) });
  }

  async events(id: string, user: AuthenticatedUser, now: Date): Promise<RecordedEvent[]> {
    const cooperative = await this.get(id, user, now, 'read-events');
    return this.cooperatives.events(cooperative.cooperativeId);
  }

  async verify(id: string, user: AuthenticatedUser, now: Date): Promise<ChainVerification> {
    return this.cooperatives.verify(await this.get(id, user, now, 'verify-events'));
  }

  private async require(id: string): Promise<CooperativeRecord> {
    const cooperative = await this.cooperatives.findById(id);
    if (!cooperative) throw notFound(id);
    return cooperative;
  }
}

const TAKEN_ELSEWHERE = text(
  'Mã số này đã được đăng ký cho một hợp tác xã ở địa bàn khác.',
  'This code is already registered to a cooperative in another territory.',
);

const REGISTERED_ELSEWHERE = text('Mã số đã được đăng ký.', 'The registration code is already registered.');

function conflict(error: DomainError): ApiError {
  return new ApiError(409, error.code, error.detail, error.problems);
}

function outsideTerritory(territoryCode: string): ApiError {
  return new ApiError(
    403,
    'OUTSIDE_YOUR_TERRITORY',
    text(
      `Địa bàn ${territoryCode} không thuộc phạm vi được phân công cho bạn; không có gì được ghi lại.`,
      `Territory ${territoryCode} is outside the territories assigned to you; nothing was recorded.`,
    ),
    [{ field: 'territoryCode', reason: text('Ngoài địa bàn được phân công.', 'Outside your territories.') }],
    text('Chuyển hồ sơ cho cán bộ của địa bàn đó.', 'Pass the file to an officer of that territory.'),
  );
}

function notFound(id: string): ApiError {
  return new ApiError(
    404,
    'COOPERATIVE_NOT_FOUND',
    text(`Không tìm thấy ${id}.`, `${id} was not found.`),
    [],
    text('Kiểm tra mã định danh và địa bàn được phân công.', 'Check the id and the territories assigned to you.'),
  );
}
