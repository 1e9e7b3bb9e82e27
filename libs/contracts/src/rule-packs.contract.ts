import type { LegalRegime, RuleCorrection } from '@htx/domain';

export const RULE_ROLLOUT_WORKFLOW_TYPE = 'ruleCorrectionRolloutWorkflow';

/** Cooperative workflows signalled per activity page. */
export const RULE_ROLLOUT_PAGE_SIZE = 200;

/** Brings every cooperative's workflow the corrections saved so far; `after` resumes a rollout that continued as new. */
export type RuleRolloutInput = {
  readonly corrections: readonly RuleCorrection[];
  readonly after?: string | null;
  readonly signalled?: number;
};

export type RuleRolloutWorkflow = (input: RuleRolloutInput) => Promise<{ readonly signalled: number }>;

/** One rollout per saved correction: saving is idempotent on the correction's number. */
export const ruleRolloutWorkflowId = (regime: LegalRegime, sequence: number): string =>
  `rule-rollout/${regime}/${sequence}`;
