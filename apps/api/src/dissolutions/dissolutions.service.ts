import { randomUUID } from 'node:crypto';
import { renderDocument } from '@htx/documents';
import {
  checkDissolutionRequest,
  checkStepRecord,
  DISSOLUTION_DOCUMENTS,
  text,
  vietnamDateOf,
  type DissolutionCase,
  type DissolutionRequest,
  type DissolutionStepId,
  type Role,
  type RuleBook,
} from '@htx/domain';
import { CooperativeLifecycleClient } from '@htx/temporal-client';
import { Injectable } from '@nestjs/common';
import { TerritoryDirectoryService } from '../access/territory-directory.service';
import { actingAs, type AuthenticatedUser } from '../auth/authenticated-user';
import { CooperativesService } from '../cooperatives/cooperatives.service';
import { ApiError } from '../http/api-error';
import { idFromKey } from '../http/idempotency';
import { invalidRequest } from '../http/validation';
import { refusalsAsErrors } from '../http/workflow-refusal';
import { printingAuthority } from '../printing/printing-authority';
import { dissolutionDocument, DOCUMENT_TITLES, issuedDocuments } from './dissolution-documents';
import type { OpenDissolutionDto, RecordStepDto } from './dissolutions.dto';

/** Officers open and move cases; a cooperative's representative sends its own resolution and its evidence. */
export const DISSOLUTION_ROLES: Role[] = ['registration-officer', 'cooperative-representative'];
/** Steps that are the authority's own, whoever else may record evidence. */
const AUTHORITY_STEPS: readonly DissolutionStepId[] = ['dossier-submitted'];

@Injectable()
export class DissolutionsService {
  constructor(
    private readonly cooperatives: CooperativesService,
    private readonly lifecycle: CooperativeLifecycleClient,
    private readonly territories: TerritoryDirectoryService,
  ) {}

  ruleBook(): Promise<RuleBook> {
    return this.cooperatives.ruleBook();
  }

  /**
   * Checks the request against the cooperative and the regime, then hands it to the cooperative's workflow. The same
   * Idempotency-Key gives the same case; a court decision while a case is open is recorded on that case.
   */
  async open(
    id: string,
    body: OpenDissolutionDto,
    user: AuthenticatedUser,
    now: Date,
    idempotencyKey?: string,
  ): Promise<{ dissolution: DissolutionCase; created: boolean }> {
    const cooperative = await this.cooperatives.get(id, user, now, 'open-dissolution');
    if (user.roles.includes('cooperative-representative') && !user.roles.includes('registration-officer')) {
      if (body.kind !== 'voluntary') throw representativeOnlyVoluntary();
    }
    const caseId = idempotencyKey ? idFromKey(cooperative.cooperativeId, user.id, idempotencyKey) : randomUUID();
    const existing = (cooperative.dissolutions ?? []).find((candidate) => candidate.caseId === caseId);
    if (existing) return { dissolution: existing, created: false };
    const request: DissolutionRequest = {
      caseId,
      kind: body.kind,
      ...(body.ground ? { ground: body.ground } : {}),
      ...(body.groundOn ? { groundOn: body.groundOn } : {}),
      ...(body.resolution ? { resolution: { ...body.resolution } } : {}),
      ...(body.council ? { council: body.council.map((member) => ({ ...member })) } : {}),
      ...(body.courtDecision ? { courtDecision: { ...body.courtDecision } } : {}),
      note: body.note ?? '',
      openedBy: { id: user.id, displayName: user.displayName },
    };
    const problems = checkDissolutionRequest(
      cooperative,
      request,
      vietnamDateOf(now),
      await this.cooperatives.ruleBook(),
    );
    if (problems.length > 0) throw invalidRequest(problems);
    const dissolution = await refusalsAsErrors(() =>
      this.lifecycle.openDissolution(cooperative.workflowId, { request, actor: actingAs(user, DISSOLUTION_ROLES) }),
    );
    // A court decision reaching an open case is recorded on it: the answer is that case, not a new one.
    return { dissolution, created: dissolution.caseId === caseId };
  }

  async list(id: string, user: AuthenticatedUser, now: Date): Promise<DissolutionCase[]> {
    const cooperative = await this.cooperatives.get(id, user, now, 'read-dissolutions');
    return [...(cooperative.dissolutions ?? [])];
  }

  async get(id: string, caseId: string, user: AuthenticatedUser, now: Date) {
    const cooperative = await this.cooperatives.get(id, user, now, 'read-dissolutions');
    const dissolution = (cooperative.dissolutions ?? []).find((candidate) => candidate.caseId === caseId);
    if (!dissolution) throw caseNotFound(caseId);
    return { cooperative, dissolution };
  }

  /** Evidence of a step, checked here and again by the workflow; a repeat of a done step is a 400 naming it. */
  async recordStep(
    id: string,
    caseId: string,
    stepId: DissolutionStepId,
    body: RecordStepDto,
    user: AuthenticatedUser,
    now: Date,
  ): Promise<DissolutionCase> {
    const { cooperative } = await this.get(id, caseId, user, now);
    if (AUTHORITY_STEPS.includes(stepId) && !user.roles.includes('registration-officer')) {
      throw new ApiError(
        403,
        'AUTHORITY_STEP',
        text('Bước này do cơ quan đăng ký thực hiện.', 'This step is the registration authority’s.'),
        [{ field: 'stepId', reason: text('Chỉ cán bộ đăng ký.', 'Registration officers only.') }],
      );
    }
    const record = {
      caseId,
      stepId,
      outcome: 'done',
      completedOn: body.completedOn,
      reference: body.reference ?? '',
      note: body.note ?? '',
      ...(body.council ? { council: body.council.map((member) => ({ ...member })) } : {}),
      by: { id: user.id, displayName: user.displayName },
    };
    const problems = checkStepRecord(cooperative, record, vietnamDateOf(now), 'evidence');
    if (problems.length > 0) throw invalidRequest(problems);
    return refusalsAsErrors(() =>
      this.lifecycle.recordDissolutionStep(cooperative.workflowId, {
        record,
        actor: actingAs(user, DISSOLUTION_ROLES),
      }),
    );
  }

  /** A document the case has issued, as PDF. */
  async document(id: string, caseId: string, key: string, user: AuthenticatedUser, now: Date) {
    const { cooperative, dissolution } = await this.get(id, caseId, user, now);
    const issued = issuedDocuments(dissolution);
    const found = issued.find((candidate) => candidate.key === key);
    if (!found || !(DISSOLUTION_DOCUMENTS as readonly string[]).includes(key)) {
      throw new ApiError(
        404,
        'DOCUMENT_NOT_FOUND',
        text(`Thủ tục chưa có văn bản "${key}".`, `The case has no document "${key}" (yet).`),
        [],
        text(
          `Văn bản hiện có: ${issued.map((candidate) => candidate.key).join(', ') || 'chưa có'}.`,
          `Available now: ${issued.map((candidate) => candidate.key).join(', ') || 'none'}.`,
        ),
      );
    }
    const completion = dissolution.steps.find((step) => step.stepId === found.stepId)!.completion!;
    const printing = await printingAuthority(
      this.territories,
      cooperative.territoryCode,
      cooperative.kind,
      completion.completedOn,
    );
    const content = await renderDocument(
      dissolutionDocument(found.key, cooperative, dissolution, completion, printing),
    );
    return { fileName: `${DOCUMENT_TITLES[found.key].vi}.pdf`, content };
  }
}

function caseNotFound(caseId: string): ApiError {
  return new ApiError(
    404,
    'DISSOLUTION_NOT_FOUND',
    text(`Không có thủ tục giải thể ${caseId}.`, `No dissolution case ${caseId}.`),
    [],
    text('Xem danh sách tại GET /cooperatives/:id/dissolutions.', 'See GET /cooperatives/:id/dissolutions.'),
  );
}

function representativeOnlyVoluntary(): ApiError {
  return new ApiError(
    403,
    'REPRESENTATIVE_VOLUNTARY_ONLY',
    text(
      'Người đại diện hợp tác xã chỉ gửi nghị quyết giải thể tự nguyện.',
      'A cooperative’s representative only sends a voluntary dissolution resolution.',
    ),
    [{ field: 'kind', reason: text('Chỉ "voluntary".', 'Only "voluntary".') }],
  );
}
