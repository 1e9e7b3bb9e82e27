import {
  computeDeadline,
  dormancyReviewTask,
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

/**
 * The officers' side of a cooperative's life: a dormancy case opens a review task, evidence that ends it closes the
 * task, a support request asks the head of the authority; each decision, once the task records it, is applied to
 * the cooperative. Tasks carried over from a previous run are followed where they stand.
 */
export class CaseWork {
  private calendar = new WorkingCalendar();

  constructor(
    private readonly book: TaskBook,
    private readonly lifecycle: CooperativeLifecycle,
  ) {}

  useCalendar(calendar: WorkingCalendar): void {
    this.calendar = calendar;
  }

  resume(): void {
    for (const task of this.book.open()) void this.settle(followTask(this.book, task, this.calendar));
  }

  react(events: readonly CooperativeEvent[]): void {
    for (const event of events) {
      if (event.type === 'DormancyFlagged' || event.type === 'DormancyEvidenceOverdue') this.reviewDormancy();
      if (event.type === 'DormancyResolvedByEvidence') this.closeDormancyReviews();
    }
  }

  decideSupport(record: SupportRecord): void {
    const cooperative = this.lifecycle.current!;
    this.ask(supportApprovalTask(cooperative, record, uuid4(), this.officeDeadline(), new Date().toISOString()));
  }

  private reviewDormancy(): void {
    const cooperative = this.lifecycle.current!;
    this.ask(dormancyReviewTask(cooperative, uuid4(), this.officeDeadline(), new Date().toISOString()));
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
    void this.settle(askOfficer(this.book, spec, this.calendar));
  }

  /** Once the task closes with a decision, the decision is applied; its consequences may open further tasks. */
  private async settle(asking: Promise<Task>): Promise<void> {
    const task = await asking;
    if (task.decision) this.react(await this.lifecycle.applyTaskDecision(task));
  }
}
