import {
  LIFECYCLE_FAILURE_TYPES,
  type AppendLifecycleEventsInput,
  type AppendLifecycleEventsResult,
  type EventLogActivityContract,
} from '@htx/contracts';
import { text } from '@htx/domain';
import { LifecycleRecorder, RegistrationCodeConflictError } from '@htx/persistence';
import { Injectable } from '@nestjs/common';
import { Context } from '@temporalio/activity';
import { ApplicationFailure } from '@temporalio/common';

@Injectable()
export class EventLogActivities implements EventLogActivityContract {
  constructor(private readonly recorder: LifecycleRecorder) {}

  async appendLifecycleEvents(input: AppendLifecycleEventsInput): Promise<AppendLifecycleEventsResult> {
    const { workflowExecution, activityId } = Context.current().info;
    if (!workflowExecution) throw new Error('appendLifecycleEvents runs only on behalf of a workflow');
    try {
      const outcome = await this.recorder.record(
        {
          streamId: input.streamId,
          workflowId: input.workflowId,
          idempotencyKey: `${workflowExecution.workflowId}/${workflowExecution.runId}/${activityId}`,
          actor: input.actor,
          occurredAt: input.occurredAt,
          events: input.events,
          occurredAtByEvent: input.occurredAtByEvent,
        },
        new Date(),
      );
      return { streamVersion: outcome.streamVersion, headHash: outcome.headHash };
    } catch (error) {
      if (error instanceof RegistrationCodeConflictError) {
        const detail = text(
          `Mã số ${error.registrationCode} đã thuộc về một hợp tác xã khác trong sổ đăng ký.`,
          `Registration code ${error.registrationCode} already belongs to another cooperative in the registry.`,
        );
        throw ApplicationFailure.create({
          type: LIFECYCLE_FAILURE_TYPES.registrationCodeTaken,
          message: detail.en,
          details: [{ detail, problems: [{ field: 'registrationCode', reason: detail }] }],
          nonRetryable: true,
        });
      }
      throw error;
    }
  }
}
