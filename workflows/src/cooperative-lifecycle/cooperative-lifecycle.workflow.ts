import {
  getCooperativeStateQuery,
  registerCooperativeUpdate,
  type CooperativeLifecycleInput,
  type CooperativeLifecycleWorkflow,
  type RegisterCooperativeRequest,
} from '@htx/contracts';
import { allHandlersFinished, condition, continueAsNew, setHandler, workflowInfo } from '@temporalio/workflow';
import { eventLog } from '../shared/activities';
import { CooperativeLifecycle } from './cooperative-lifecycle.state';

/** A run started by a registration that was then refused holds nothing worth keeping; it ends after this. */
const UNREGISTERED_GRACE_PERIOD = '1 hour';

/** One long-lived workflow per cooperative: its legal status and pending deadlines, for as long as it exists. */
export async function cooperativeLifecycleWorkflow(input: CooperativeLifecycleInput): Promise<void> {
  const lifecycle = new CooperativeLifecycle(input.carried, {
    eventLog,
    workflowId: workflowInfo().workflowId,
    now: () => new Date(),
  });

  setHandler(registerCooperativeUpdate, (request) => lifecycle.register(request), {
    validator: (request: RegisterCooperativeRequest) => lifecycle.validateRegistration(request),
  });
  setHandler(getCooperativeStateQuery, () => lifecycle.snapshot());

  if (input.establishment) {
    const { cooperativeId, details, approvedBy } = input.establishment;
    await lifecycle.register({ details, actor: approvedBy }, cooperativeId);
  }
  if (!(await condition(() => lifecycle.hasBegun, UNREGISTERED_GRACE_PERIOD))) return;

  await condition(() => workflowInfo().continueAsNewSuggested);
  await condition(allHandlersFinished);
  await continueAsNew<CooperativeLifecycleWorkflow>({ carried: lifecycle.snapshot() });
}
