import {
  canonicalJson,
  checkDisbursement,
  checkFact,
  checkRegistration,
  checkSupportRequest,
  endOfVietnamDay,
  type Cooperative,
  type IsoDate,
  type OperatingFact,
  type SupportRecord,
  type SupportRequest,
  isSameRegistration,
  normalizeRegistration,
  recordOf,
  registrationCodeTaken,
  text,
  vietnamDateOf,
  type DomainError,
  type RegistrationDetails,
  type Role,
  type RuleBook,
} from '@htx/domain';
import {
  asLifecycleEvent,
  CooperativeRepository,
  type ChainVerification,
  type CooperativeRecord,
  type RecordedEvent,
  type SupportSum,
  RuleCorrectionRepository,
} from '@htx/persistence';
import { CooperativeLifecycleClient } from '@htx/temporal-client';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AccessPolicy } from '../access/access-policy';
import { WorkingCalendarService } from '../calendar/working-calendar.service';
import { actingAs, type AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../http/api-error';
import { idFromKey } from '../http/idempotency';
import { invalidRequest } from '../http/validation';
import { refusalsAsErrors } from '../http/workflow-refusal';
import type { ListCooperativesDto } from './dto/list-cooperatives.dto';

export type Registration = { readonly cooperative: CooperativeRecord; readonly created: boolean };

export const REGISTERING_ROLES: Role[] = ['registration-officer', 'administrator'];
/** Who reports facts: the officers, and a cooperative's representative for their own cooperative. */
export const FACT_ROLES: Role[] = ['registration-officer', 'cooperative-representative'];
export const SUPPORT_ROLES: Role[] = ['registration-officer'];
/** Who reads a cooperative's record, its log and its cases (each within their reach). */
export const RECORD_READERS: Role[] = [
  'registration-officer',
  'head-of-authority',
  'auditor',
  'administrator',
  'cooperative-representative',
];

export type FactReceipt = { readonly factId: string; readonly cooperative: CooperativeRecord };

/** The record as it stood at the end of a day: the events that had happened by then, folded. */
export type RecordAsOf = {
  readonly asOf: IsoDate;
  readonly record: Cooperative | null;
  readonly events: RecordedEvent[];
};

@Injectable()
export class CooperativesService {
  constructor(
    private readonly cooperatives: CooperativeRepository,
    private readonly lifecycle: CooperativeLifecycleClient,
    private readonly access: AccessPolicy,
    private readonly calendars: WorkingCalendarService,
    private readonly corrections: RuleCorrectionRepository,
  ) {}

  /** The rule packs as corrected so far: what every check and deadline the API shows is computed with. */
  ruleBook(): Promise<RuleBook> {
    return this.corrections.ruleBook();
  }

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

    const result = await refusalsAsErrors(
      () => this.lifecycle.register({ details, actor: actingAs(user, REGISTERING_ROLES) }),
      REGISTERED_ELSEWHERE,
    );
    return { cooperative: await this.require(result.cooperative.cooperativeId), created: result.created };
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

  /**
   * Checks a fact against the cooperative and the regime in force, then hands it to the cooperative's workflow.
   * Its id comes from the Idempotency-Key (or, without one, from its contents): a repeat changes nothing.
   */
  async recordFact(
    id: string,
    fact: OperatingFact,
    user: AuthenticatedUser,
    now: Date,
    idempotencyKey?: string,
  ): Promise<FactReceipt> {
    const cooperative = await this.get(id, user, now, `record-${fact.kind}`);
    const calendar = await this.calendars.calendar();
    const problems = checkFact(cooperative, fact, {
      today: vietnamDateOf(now),
      calendar,
      rules: await this.ruleBook(),
    });
    if (problems.length > 0) throw invalidRequest(problems);
    const factId = idempotencyKey
      ? idFromKey(cooperative.cooperativeId, user.id, idempotencyKey)
      : idFromKey(cooperative.cooperativeId, canonicalJson(fact));
    await this.lifecycle.recordFact(cooperative.workflowId, { factId, fact, actor: actingAs(user, FACT_ROLES) });
    return { factId, cooperative };
  }

  /** Asks the head of the authority to approve support; the same Idempotency-Key returns the same request. */
  async requestSupport(
    id: string,
    body: Omit<SupportRequest, 'supportId'>,
    user: AuthenticatedUser,
    now: Date,
    idempotencyKey?: string,
  ): Promise<{ record: SupportRecord; created: boolean }> {
    const cooperative = await this.get(id, user, now, 'request-support');
    const supportId = idempotencyKey ? idFromKey(cooperative.cooperativeId, user.id, idempotencyKey) : randomUUID();
    const existing = cooperative.support.find((record) => record.supportId === supportId);
    if (existing) return { record: existing, created: false };
    const request = { ...body, supportId };
    const problems = checkSupportRequest(cooperative, request);
    if (problems.length > 0) throw invalidRequest(problems);
    const record = await refusalsAsErrors(() =>
      this.lifecycle.requestSupport(cooperative.workflowId, { request, actor: actingAs(user, SUPPORT_ROLES) }),
    );
    return { record, created: true };
  }

  async recordDisbursement(
    id: string,
    supportId: string,
    body: { amount: number; disbursedOn: IsoDate },
    user: AuthenticatedUser,
    now: Date,
  ): Promise<SupportRecord> {
    const cooperative = await this.get(id, user, now, 'record-disbursement');
    const record = cooperative.support.find((candidate) => candidate.supportId === supportId);
    if (!record) throw supportNotFound(supportId);
    const problems = checkDisbursement(record, body.amount, body.disbursedOn, vietnamDateOf(now));
    if (problems.length > 0) throw invalidRequest(problems);
    return refusalsAsErrors(() =>
      this.lifecycle.recordDisbursement(cooperative.workflowId, {
        supportId,
        ...body,
        actor: actingAs(user, SUPPORT_ROLES),
      }),
    );
  }

  async supportSummary(
    query: { year: number; territoryCode?: string },
    user: AuthenticatedUser,
    now: Date,
  ): Promise<SupportSum[]> {
    return this.cooperatives.supportSummary({ ...query, reach: await this.access.reach(user, now) });
  }

  /** Rebuilds the record from the events that had happened by the end of `asOf` (Vietnamese time). */
  async asOf(id: string, asOf: IsoDate, user: AuthenticatedUser, now: Date): Promise<RecordAsOf> {
    const cooperative = await this.get(id, user, now, 'read-events');
    const events = await this.cooperatives.events(cooperative.cooperativeId, endOfVietnamDay(asOf));
    const record = recordOf(events.map(asLifecycleEvent));
    return { asOf, record, events };
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

function supportNotFound(supportId: string): ApiError {
  return new ApiError(
    404,
    'SUPPORT_NOT_FOUND',
    text(`Không có đề nghị hỗ trợ ${supportId}.`, `No support request ${supportId}.`),
    [],
    text('Xem danh sách hỗ trợ trên hồ sơ hợp tác xã.', 'See the support listed on the cooperative’s record.'),
  );
}

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
