// The benchmark's bundle: the real sign-off workflow beside its two baselines.
export { signOffWorkflow } from '../../workflows/signoff/signoff.workflow';
export { bareUpdatesWorkflow, emptyStepUpdatesWorkflow } from './bare-updates.workflow';
