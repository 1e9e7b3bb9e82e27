import {
  computeDeadline,
  dissolutionFollowUpTask,
  dissolutionStepTask,
  dormancyReviewTask,
  openDissolution,
  parseStepReference,
  reportFollowUpTask,
  reportReference,
  stepDefinition,
  stepReference,
  OFFICE_PERIOD,
  supportApprovalTask,
  text,
  vietnamDateOf,
  WorkingCalendar,
  type CooperativeEvent,
  type SupportRecord,
  type Task,
  type TaskSpec,
} from '@htx/domain';
import { uuid4 } from '@temporalio/workflow';
import { askOfficer, followTask } from '../shared/ask-officer';
import type { TaskBook } from '../shared/task-book';
import type { CooperativeLifecycle } from './cooperative-lifecycle.state';
import type { LifecyclePatches } from './lifecycle-patches';

const CASE_MOVED_ON = text(
  'Thủ tục giải thể đã chuyển bước hoặc kết thúc: việc này không còn cần làm.',
  'The dissolution case moved on or ended: this is no longer needed.',
);

/**
 * The officers' side of a cooperative's life: a dormancy case opens a review task, evidence that ends it closes the
 * task, a support request asks the head of the authority; each decision, once the task records it, is applied to
 * the cooperative. Tasks carried over from a previous run are followed where they stand.
 */
export class CaseWork {
  private calendar = new WorkingCalendar();
  /** Tasks this run waits on (each settled once). */
  private readonly following = new Set<string>();
  /** References of case steps whose task has been asked for and not closed. */
  private readonly askedSteps = new Set<string>();

  constructor(
    private readonly book: TaskBook,
    private readonly lifecycle: CooperativeLifecycle,
    private readonly patches: LifecyclePatches,
  ) {}

  useCalendar(calendar: WorkingCalendar): void {
    this.calendar = calendar;
  }

  /**
   * Follows the tasks a previous run left open. Only those: a task this run opened already (an update can arrive
   * before the calendar is loaded) is followed once, or its decision would be applied twice.
   */
  resume(carried: readonly Task[]): void {
    for (const { spec } of carried) {
      const task = this.book.get(spec.taskId);
      if (task && !this.following.has(spec.taskId)) this.settle(spec, followTask(this.book, task, this.calendar));
    }
  }

  react(events: readonly CooperativeEvent[]): void {
    for (const event of events) {
      if (event.type === 'DormancyFlagged' || event.type === 'DormancyEvidenceOverdue') this.reviewDormancy();
      if (event.type === 'DormancyResolvedByEvidence') this.closeDormancyReviews();
      if (event.type.startsWith('Dissolution') && this.patches.has('dissolution-cases')) this.reactToDissolution(event);
      if (event.type === 'ReportFollowUpOpened') this.followUpReport(event.data.year);
      if (event.type === 'AnnualReportFiled') this.closeReportFollowUps(event.data.year);
    }
  }

  /**
   * A case's office steps and decisions become tasks as they fall due; a missed statutory deadline goes to the head of
   * the authority; a step a court decision superseded, or a case that ended, closes its tasks.
   */
  private reactToDissolution(event: CooperativeEvent): void {
    const cooperative = this.lifecycle.current!;
    const open = openDissolution(cooperative.dissolutions);
    const now = new Date().toISOString();
    if (event.type === 'DissolutionDeadlineMissed' && open) {
      this.ask(dissolutionFollowUpTask(cooperative, open, event.data.stepIds, uuid4(), this.officeDeadline(), now));
      return;
    }
    const asked = new Set([...this.book.open().map((task) => task.spec.reference), ...this.askedSteps]);
    for (const task of this.book.open().filter((candidate) => candidate.spec.kind.startsWith('dissolution-'))) {
      const step = parseStepReference(task.spec.reference);
      const current = open?.caseId === step?.caseId ? open?.steps.find((found) => found.stepId === step?.stepId) : null;
      const stillDue = current && (current.status === 'due' || task.spec.kind === 'dissolution-follow-up');
      if (!stillDue) void this.book.cancel(task.spec.taskId, CASE_MOVED_ON);
    }
    if (!open) return;
    for (const step of open.steps) {
      const kind = stepDefinition(open.plan, step.stepId)?.kind;
      if (step.status !== 'due' || (kind !== 'office' && kind !== 'decision')) continue;
      if (asked.has(stepReference(open.caseId, step.stepId))) continue;
      this.ask(dissolutionStepTask(cooperative, open, step.stepId, uuid4(), step.due ?? this.officeDeadline(), now));
    }
  }

  /** A dissolved cooperative keeps no open work. */
  async closeEverything(): Promise<void> {
    await Promise.all(this.book.open().map((task) => this.book.cancel(task.spec.taskId, CASE_MOVED_ON)));
  }

  decideSupport(record: SupportRecord): void {
    const cooperative = this.lifecycle.current!;
    this.ask(
      supportApprovalTask(
        cooperative,
        record,
        uuid4(),
        this.officeDeadline(),
        new Date().toISOString(),
        this.lifecycle.ruleBook,
      ),
    );
  }

  private followUpReport(year: number): void {
    const cooperative = this.lifecycle.current!;
    const obligation = cooperative.reporting?.obligations.find((found) => found.year === year);
    if (!obligation || obligation.status !== 'open') return;
    const now = new Date();
    this.ask(
      reportFollowUpTask(
        cooperative,
        obligation,
        uuid4(),
        this.officeDeadline(),
        now.toISOString(),
        vietnamDateOf(now),
      ),
    );
  }

  /** The report arrived: nothing left to follow up for that year. */
  private closeReportFollowUps(year: number): void {
    for (const task of this.book.open()) {
      if (task.spec.kind !== 'report-follow-up' || task.spec.reference !== reportReference(year)) continue;
      void this.book.cancel(
        task.spec.taskId,
        text(`Hợp tác xã đã nộp báo cáo năm ${year}.`, `The cooperative filed its ${year} report.`),
      );
    }
  }

  private reviewDormancy(): void {
    const cooperative = this.lifecycle.current!;
    this.ask(
      dormancyReviewTask(
        cooperative,
        uuid4(),
        this.officeDeadline(),
        new Date().toISOString(),
        this.lifecycle.ruleBook,
      ),
    );
  }

  private closeDormancyReviews(): void {
    for (const task of this.book.open().filter((open) => open.spec.kind === 'dormancy-review')) {
      void this.book.cancel(
        task.spec.taskId,
        text(
          'Đã có bằng chứng hoạt động mới: không còn căn cứ xem xét.',
          'New evidence of operating arrived: nothing left to review.',
        ),
      );
    }
  }

  private officeDeadline() {
    return computeDeadline(this.calendar, vietnamDateOf(new Date()), OFFICE_PERIOD);
  }

  private ask(spec: TaskSpec): void {
    this.settle(spec, askOfficer(this.book, spec, this.calendar));
  }

  /**
   * Once the task closes with a decision, the decision is applied; its consequences may open further tasks. Each task
   * is settled once; a step's task counts as asked from the moment it is asked, before its opening is logged.
   */
  private settle(spec: TaskSpec, asking: Promise<Task>): void {
    this.following.add(spec.taskId);
    if (spec.kind.startsWith('dissolution-') && spec.reference) this.askedSteps.add(spec.reference);
    void asking.then(async (task) => {
      if (spec.reference) this.askedSteps.delete(spec.reference);
      if (task.decision) this.react(await this.lifecycle.applyTaskDecision(task));
    });
  }
}
