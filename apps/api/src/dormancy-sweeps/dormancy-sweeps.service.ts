import {
  canonicalJson,
  compareIsoDates,
  formatVietnamese,
  text,
  vietnamDateOf,
  type FieldProblem,
  type LocalizedText,
  type Role,
  type SweepFinding,
} from '@htx/domain';
import {
  DormancySweepRepository,
  TaskRepository,
  type DormancySweep,
  type SweepCounts,
  type TaskRecord,
} from '@htx/persistence';
import { DormancySweepClient } from '@htx/temporal-client';
import { Injectable } from '@nestjs/common';
import { AccessPolicy } from '../access/access-policy';
import { TerritoryDirectoryService } from '../access/territory-directory.service';
import { actingAs, type AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError, type ApiErrorDto } from '../http/api-error';
import { idFromKey } from '../http/idempotency';
import { inParallel } from '../http/in-parallel';
import { invalidRequest } from '../http/validation';
import { InboxService } from '../tasks/inbox.service';
import type { BulkDecisionDto, RequestSweepDto, SweepFindingsQueryDto } from './dormancy-sweeps.dto';

export const SWEEP_ROLES: Role[] = ['registration-officer', 'head-of-authority'];
export const SWEEP_READERS: Role[] = ['registration-officer', 'head-of-authority', 'auditor', 'administrator'];

/** Decisions sent to the cooperatives' workflows at once; the rest wait their turn. */
const DECISION_CONCURRENCY = 8;

export type ReviewState = Pick<TaskRecord, 'status' | 'decision'> & { readonly taskId: string };
export type ReviewedFinding = SweepFinding & { readonly review: ReviewState | null };
export type SweepBatch = DormancySweep & {
  readonly counts: SweepCounts;
  readonly items: readonly ReviewedFinding[];
  readonly nextCursor: string | null;
};

export type DecisionOutcome = {
  readonly cooperativeId: string;
  /** decided now; unchanged: this decision was already recorded; refused: see code and message. */
  readonly outcome: 'decided' | 'unchanged' | 'refused';
  readonly taskId: string | null;
  readonly code?: string;
  readonly message?: LocalizedText;
};

const OPTION_OF = { confirm: 'confirm', dismiss: 'dismiss' } as const;

@Injectable()
export class DormancySweepsService {
  constructor(
    private readonly sweeps: DormancySweepRepository,
    private readonly tasks: TaskRepository,
    private readonly client: DormancySweepClient,
    private readonly access: AccessPolicy,
    private readonly territories: TerritoryDirectoryService,
    private readonly inbox: InboxService,
  ) {}

  /**
   * Records the sweep and starts its workflow. The same request (or Idempotency-Key) from the same officer names
   * the same sweep, so a repeat returns it instead of sweeping again.
   */
  async request(body: RequestSweepDto, user: AuthenticatedUser, now: Date, key?: string): Promise<DormancySweep> {
    const today = vietnamDateOf(now);
    const asOf = body.asOf ?? today;
    const territoryCode = body.territoryCode ?? (user.territoryCodes.length === 1 ? user.territoryCodes[0] : null);
    const problems: FieldProblem[] = [];
    if (compareIsoDates(asOf, today) > 0) {
      problems.push({
        field: 'asOf',
        reason: text('Không rà soát được một ngày chưa tới.', 'A sweep cannot look at a day still to come.'),
        fix: text(`Chọn một ngày đến hết ${formatVietnamese(today)}.`, `Choose a day up to ${today}.`),
      });
    }
    if (!territoryCode) {
      problems.push({
        field: 'territoryCode',
        reason: text('Bạn phụ trách nhiều địa bàn: cần chọn một.', 'You cover several territories: choose one.'),
        fix: text(`Một trong: ${user.territoryCodes.join(', ')}.`, `One of: ${user.territoryCodes.join(', ')}.`),
      });
    } else if (!(await this.access.covers(user, territoryCode, now))) {
      problems.push({
        field: 'territoryCode',
        reason: text(
          `Địa bàn ${territoryCode} không thuộc phạm vi bạn phụ trách.`,
          `Territory ${territoryCode} is not within your reach.`,
        ),
        fix: text('Chọn một địa bàn bạn phụ trách.', 'Choose a territory you cover.'),
      });
    }
    if (problems.length > 0 || !territoryCode) throw invalidRequest(problems);

    const territoryCodes = (await this.territories.directory()).codesWithin([territoryCode], today);
    const sweepId = idFromKey('dormancy-sweep', user.id, key ?? canonicalJson({ asOf, territoryCode }));
    const request = { sweepId, asOf, territoryCode, territoryCodes, requestedBy: actingAs(user, SWEEP_ROLES) };
    const sweep = await this.sweeps.open(request, now);
    // Started again on a repeat too: a sweep whose start was lost on the way gets going; a running one is joined.
    await this.client.start(sweep);
    return sweep;
  }

  async recent(user: AuthenticatedUser, now: Date): Promise<(DormancySweep & { counts: SweepCounts })[]> {
    const reach = await this.access.reach(user, now);
    const sweeps = await this.sweeps.recent(reach, 20);
    return Promise.all(
      sweeps.map(async (sweep) => ({ ...sweep, counts: await this.sweeps.counts(sweep.sweepId, reach) })),
    );
  }

  /** The batch to review: each finding within the caller's reach, with its review task as it stands now. */
  async batch(sweepId: string, query: SweepFindingsQueryDto, user: AuthenticatedUser, now: Date): Promise<SweepBatch> {
    const sweep = await this.visible(sweepId, user, now);
    const reach = await this.access.reach(user, now);
    const limit = query.limit ?? 50;
    const findings = await this.sweeps.findings(sweepId, { reach, flagged: query.flagged, after: query.after, limit });
    const reviews = await this.latestReviews(findings.map((finding) => finding.cooperativeId));
    return {
      ...sweep,
      counts: await this.sweeps.counts(sweepId, reach),
      items: findings.map((finding) => ({ ...finding, review: reviews.get(finding.cooperativeId) ?? null })),
      nextCursor: findings.length === limit ? findings[findings.length - 1].registrationCode : null,
    };
  }

  /**
   * One decision for many cooperatives of the sweep, each taken on its own review task exactly as from the inbox
   * (the same checks: role, separation of duties, the workflow's own state). One refusal does not stop the others.
   */
  async decide(
    sweepId: string,
    body: BulkDecisionDto,
    user: AuthenticatedUser,
    now: Date,
    key?: string,
  ): Promise<DecisionOutcome[]> {
    await this.visible(sweepId, user, now);
    if (body.decision === 'dismiss' && !body.evidenceOn) {
      throw invalidRequest([
        {
          field: 'evidenceOn',
          reason: text('Bác bỏ cần ngày của bằng chứng hoạt động.', 'Dismissing needs the date of the evidence.'),
          fix: text('Thêm evidenceOn (YYYY-MM-DD).', 'Add evidenceOn (YYYY-MM-DD).'),
        },
      ]);
    }
    const reviews = await this.reviewTasks(body.cooperativeIds);
    return inParallel(body.cooperativeIds, DECISION_CONCURRENCY, async (cooperativeId) => {
      const finding = await this.sweeps.finding(sweepId, cooperativeId);
      const visible = finding && (await this.access.canSee(user, finding, now));
      if (!finding || !visible || !finding.assessment.flagged) {
        return refused(cooperativeId, null, 'NOT_FLAGGED_BY_SWEEP', NOT_IN_BATCH);
      }
      const task = reviews.get(cooperativeId);
      if (!task) return refused(cooperativeId, null, 'NO_OPEN_REVIEW', NO_OPEN_REVIEW);
      if (task.status === 'completed') {
        const same = task.decision?.optionId === OPTION_OF[body.decision] && task.decision.decidedBy.id === user.id;
        return same
          ? { cooperativeId, outcome: 'unchanged' as const, taskId: task.spec.taskId }
          : refused(cooperativeId, task.spec.taskId, 'NO_OPEN_REVIEW', NO_OPEN_REVIEW);
      }
      try {
        await this.inbox.act(
          task.spec.taskId,
          user,
          {
            kind: 'decide',
            optionId: OPTION_OF[body.decision],
            comment: body.comment,
            formData: body.evidenceOn ? { evidenceOn: body.evidenceOn } : {},
          },
          now,
          key && `${key}/${cooperativeId}`,
        );
        return { cooperativeId, outcome: 'decided' as const, taskId: task.spec.taskId };
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        const { code, message } = error.getResponse() as ApiErrorDto;
        return refused(cooperativeId, task.spec.taskId, code, message);
      }
    });
  }

  private async visible(sweepId: string, user: AuthenticatedUser, now: Date): Promise<DormancySweep> {
    const sweep = await this.sweeps.find(sweepId);
    const visible =
      sweep && (sweep.territoryCode === null || (await this.access.covers(user, sweep.territoryCode, now)));
    if (visible) return sweep;
    if (sweep) {
      throw await this.access.refuse(
        user,
        {
          action: 'read-dormancy-sweep',
          subject: { type: 'dormancy-sweep', id: sweepId },
          cooperativeId: null,
          territoryCode: sweep.territoryCode,
        },
        now,
      );
    }
    throw new ApiError(
      404,
      'SWEEP_NOT_FOUND',
      text(`Không tìm thấy đợt rà soát ${sweepId}.`, `Dormancy sweep ${sweepId} was not found.`),
    );
  }

  /** The newest review task of each cooperative: the one a decision would go to, or the one already decided. */
  private async latestReviews(cooperativeIds: readonly string[]): Promise<Map<string, ReviewState>> {
    const latest = await this.reviewTasks(cooperativeIds);
    return new Map(
      [...latest].map(([id, task]) => [id, { taskId: task.spec.taskId, status: task.status, decision: task.decision }]),
    );
  }

  private async reviewTasks(cooperativeIds: readonly string[]): Promise<Map<string, TaskRecord>> {
    const tasks = await this.tasks.forSubjects(cooperativeIds, 'dormancy-review');
    // Oldest first: the last one of each subject wins.
    return new Map(tasks.map((task) => [task.spec.subject.id, task]));
  }
}

const NOT_IN_BATCH = text(
  'Hợp tác xã này không có trong danh sách bị đưa vào diện xem xét của đợt rà soát (hoặc ngoài phạm vi của bạn).',
  'This cooperative is not among the ones this sweep flagged (or is outside your reach).',
);
const NO_OPEN_REVIEW = text(
  'Hợp tác xã không có hồ sơ xem xét ngừng hoạt động đang chờ quyết định.',
  'The cooperative has no dormancy review waiting for a decision.',
);

function refused(cooperativeId: string, taskId: string | null, code: string, message: LocalizedText): DecisionOutcome {
  return { cooperativeId, outcome: 'refused', taskId, code, message };
}
