// The worker's workflow bundle: every workflow the engine runs is exported here.
export { probeWorkflow } from './probe/probe.workflow';
export { signOffWorkflow } from './signoff/signoff.workflow';
export { requestWorkflow } from './requests/request.workflow';
export { dailyUrgingWorkflow } from './supervision/daily-urging.workflow';
export { quarterlyCircularWorkflow } from './supervision/quarterly-circular.workflow';
export { taskWorkflow } from './supervision/task.workflow';
