import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

function workflowsPath(): string {
  return require.resolve('../../../workflows');
}

type Logger = Parameters<typeof bundleWorkflowCode>[0]['logger'];

/**
 * The workflows as one bundle, every module of theirs preloaded: evaluated once per worker thread
 * and shared by its workflows. Otherwise each open workflow evaluates its own copy of every
 * module the workflows import (about 25 KB each, for a task workflow) and keeps it while cached.
 * This holds only while no workflow module keeps state of its own at module level (the SDK
 * freezes what they export): what a run keeps lives in its workflow function's closure.
 */
export function bundleWorkflows(options: { workflowsPath?: string; logger?: Logger } = {}): Promise<WorkflowBundleWithSourceMap> {
  const entry = options.workflowsPath ?? workflowsPath();
  return bundleWorkflowCode({
    workflowsPath: entry,
    preloadModules: [entry],
    ...(options.logger ? { logger: options.logger } : {}),
  });
}
