import {
  isApplicationEvent,
  isConversionEvent,
  isCooperativeEvent,
  isTaskEvent,
  type LifecycleEvent,
} from '@htx/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { projectConversionEvents } from './conversion/conversion.projection';
import { projectCooperative } from './cooperatives/cooperative.projection';
import { EventLog, type AppendOutcome, type AppendRequest } from './event-log/event-log';
import { projectApplicationEvents } from './establishment/application.projection';
import { projectConversionNotices, projectNotices } from './notices/notice.projection';
import { projectTaskEvents } from './tasks/task.projection';

export class RegistrationCodeConflictError extends Error {
  constructor(readonly registrationCode: string) {
    super(`Registration code ${registrationCode} belongs to another cooperative`);
    this.name = 'RegistrationCodeConflictError';
  }
}

export type RecordRequest = Omit<AppendRequest, 'events'> & {
  readonly workflowId: string;
  readonly events: readonly LifecycleEvent[];
};

/**
 * Records a workflow's decision: the events join the log and the read models move, in one transaction, so a
 * reader never sees one without the other and a crash leaves neither.
 */
@Injectable()
export class LifecycleRecorder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly eventLog: EventLog,
  ) {}

  async record(request: RecordRequest, recordedAt: Date): Promise<AppendOutcome> {
    try {
      return await this.dataSource.transaction((manager) => this.recordWithin(manager, request, recordedAt));
    } catch (error) {
      if (isUniqueViolation(error, 'uq_cooperatives_registration_code')) {
        const registered = request.events
          .filter(isCooperativeEvent)
          .find((event) => event.type === 'CooperativeRegistered');
        throw new RegistrationCodeConflictError(registered?.data.registrationCode ?? '?');
      }
      throw error;
    }
  }

  /** The same, inside a transaction the caller holds (a notice's delivery records its attempt with its outbox row). */
  async recordWithin(manager: EntityManager, request: RecordRequest, recordedAt: Date): Promise<AppendOutcome> {
    const outcome = await this.eventLog.append(manager, request, recordedAt);
    if (outcome.appended) {
      const cooperativeEvents = request.events.filter(isCooperativeEvent);
      const cooperative = await projectCooperative(manager, {
        cooperativeId: request.streamId,
        workflowId: request.workflowId,
        events: cooperativeEvents,
        streamVersion: outcome.streamVersion,
        headHash: outcome.headHash,
      });
      if (cooperative && cooperativeEvents.length > 0) {
        await projectNotices(manager, { cooperative, workflowId: request.workflowId, events: cooperativeEvents });
      }
      await projectApplicationEvents(manager, {
        workflowId: request.workflowId,
        events: request.events.filter(isApplicationEvent),
      });
      const conversionEvents = request.events.filter(isConversionEvent);
      const enrolment = await projectConversionEvents(manager, {
        workflowId: request.workflowId,
        events: conversionEvents,
      });
      if (enrolment) {
        await projectConversionNotices(manager, {
          enrolment,
          workflowId: request.workflowId,
          events: conversionEvents,
        });
      }
      await projectTaskEvents(manager, {
        workflowId: request.workflowId,
        occurredAt: request.occurredAt,
        events: request.events.filter(isTaskEvent),
      });
    }
    return outcome;
  }
}

export function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}
