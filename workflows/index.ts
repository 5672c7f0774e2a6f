// The worker's workflow bundle: every workflow the engine runs is exported here.
export { probeWorkflow } from './probe/probe.workflow';
export { signOffWorkflow } from './signoff/signoff.workflow';
export { requestWorkflow } from './requests/request.workflow';
