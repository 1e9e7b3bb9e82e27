import { LIFECYCLE_FAILURE_TYPES } from '@htx/contracts';
import {
  checkRegistration,
  isSameRegistration,
  normalizeRegistration,
  registrationCodeTaken,
  text,
  vietnamDateOf,
  type Actor,
  type DomainError,
  type RegistrationDetails,
} from '@htx/domain';
import {
  CooperativeRepository,
  type ChainVerification,
  type CooperativeRecord,
  type RecordedEvent,
} from '@htx/persistence';
import { CooperativeLifecycleClient, workflowRefusalOf } from '@htx/temporal-client';
import { Injectable } from '@nestjs/common';
import { ApiError } from '../http/api-error';
import { invalidRequest } from '../http/validation';
import type { ListCooperativesDto } from './dto/list-cooperatives.dto';

export type Registration = { readonly cooperative: CooperativeRecord; readonly created: boolean };

@Injectable()
export class CooperativesService {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly lifecycle: CooperativeLifecycleClient,
  ) {}

  /**
   * Checks the registration, answers a repeat from the registry without touching Temporal, and otherwise hands it
   * to the cooperative's workflow, which records it; the registry row exists when this returns.
   */
  async register(input: RegistrationDetails, actor: Actor, now: Date): Promise<Registration> {
    const details = normalizeRegistration(input);
    const problems = checkRegistration(details, vietnamDateOf(now));
    if (problems.length > 0) throw invalidRequest(problems);

    const existing = await this.cooperatives.findByRegistrationCode(details.registrationCode);
    if (existing) {
      if (isSameRegistration(existing, details)) return { cooperative: existing, created: false };
      throw conflict(registrationCodeTaken(existing));
    }

    try {
      const result = await this.lifecycle.register({ details, actor });
      return { cooperative: await this.get(result.cooperative.cooperativeId), created: result.created };
    } catch (error) {
      const refusal = workflowRefusalOf(error);
      if (refusal?.type === LIFECYCLE_FAILURE_TYPES.registrationCodeTaken) {
        throw new ApiError(409, refusal.type, refusal.detail ?? REGISTERED_ELSEWHERE, refusal.problems);
      }
      if (refusal?.type === LIFECYCLE_FAILURE_TYPES.invalidCommand) throw invalidRequest(refusal.problems);
      throw error;
    }
  }

  async get(id: string): Promise<CooperativeRecord> {
    const cooperative = await this.cooperatives.findById(id);
    if (!cooperative) throw notFound(id);
    return cooperative;
  }

  list(query: ListCooperativesDto): Promise<CooperativeRecord[]> {
    return this.cooperatives.list({ ...query, limit: query.limit ?? 50 });
  }

  async events(id: string): Promise<RecordedEvent[]> {
    const cooperative = await this.get(id);
    return this.cooperatives.events(cooperative.cooperativeId);
  }

  async verify(id: string): Promise<ChainVerification> {
    return this.cooperatives.verify(await this.get(id));
  }
}

const REGISTERED_ELSEWHERE = text('Mã số đã được đăng ký.', 'The registration code is already registered.');

function conflict(error: DomainError): ApiError {
  return new ApiError(409, error.code, error.detail, error.problems);
}

function notFound(id: string): ApiError {
  return new ApiError(
    404,
    'COOPERATIVE_NOT_FOUND',
    text(`Không có hợp tác xã mang mã định danh ${id}.`, `There is no cooperative with id ${id}.`),
    [],
    text('Tìm theo danh sách GET /cooperatives.', 'Look it up in the list, GET /cooperatives.'),
  );
}
