import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

/**
 * Pure domain modules the workflows import. Each workflow otherwise evaluates its own copy of
 * every module it uses (calendar data and tables included); preloaded, they are evaluated once per
 * worker thread and shared. Only modules that keep no per-workflow state belong here: the
 * calendar's cache is built from bundled data and is the same for every workflow.
 */
export const PRELOADED_WORKFLOW_MODULES: readonly string[] = [
  'calendar/default-calendar',
  'calendar/due-spec',
  'calendar/iso-date',
  'calendar/working-day-calendar',
  'requests/request-alarms',
  'requests/request-changes',
  'requests/request-excerpt',
  'requests/request-mail',
  'requests/request-record',
  'requests/request-rules',
  'requests/request-snapshot',
  'signoff/disclosure-attribute',
  'signoff/signoff-case-changes',
  'signoff/signoff-errors',
  'signoff/signoff-mail',
  'signoff/signoff-rules',
  'signoff/signoff-state',
  'supervision/errors',
  'supervision/order-wording',
  'supervision/quarter',
  'supervision/supervision-order',
  'supervision/supervision-task',
  'supervision/task-actor',
  'supervision/task-due',
  'supervision/task-due-change',
  'supervision/task-lifecycle',
  'supervision/task-mail',
  'supervision/task-transfer',
].map((name) => require.resolve(`../../domain/src/${name}`));

function workflowsPath(): string {
  return require.resolve('../../../workflows');
}

type Logger = Parameters<typeof bundleWorkflowCode>[0]['logger'];

/** The workflows as one bundle, with the shared domain modules preloaded. */
export function bundleWorkflows(options: { workflowsPath?: string; logger?: Logger } = {}): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({
    workflowsPath: options.workflowsPath ?? workflowsPath(),
    preloadModules: [...PRELOADED_WORKFLOW_MODULES],
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
