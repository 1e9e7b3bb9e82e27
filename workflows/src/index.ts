// Every workflow the worker registers. The exported name is the workflow type: never rename without versioning.
export { cooperativeLifecycleWorkflow } from './cooperative-lifecycle/cooperative-lifecycle.workflow';
export { establishmentApplicationWorkflow } from './establishment/establishment.workflow';
export { dormancySweepWorkflow } from './dormancy-sweep/dormancy-sweep.workflow';
export { ruleCorrectionRolloutWorkflow } from './rule-packs/rule-rollout.workflow';
export { conversionWorkflow } from './conversion/conversion.workflow';
export { conversionCampaignWorkflow } from './conversion/conversion-campaign.workflow';
export { reportCascadeWorkflow, territoryReportWorkflow } from './report-cascade/report-cascade.workflow';
