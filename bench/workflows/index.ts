// The benchmark's bundle: the real sign-off workflow beside its bare baseline.
export { signOffWorkflow } from '../../workflows/signoff/signoff.workflow';
export { bareUpdatesWorkflow } from './bare-updates.workflow';
