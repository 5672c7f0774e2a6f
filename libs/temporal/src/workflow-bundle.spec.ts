import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseWorkflowCode } from '@temporalio/worker/lib/worker';
import { ReusableVMWorkflowCreator } from '@temporalio/worker/lib/workflow/reusable-vm';
import { globalHandlers } from '@temporalio/worker/lib/workflow/vm-shared';
import { bundleWorkflows } from './workflow-bundle';

const ROOT = path.resolve(__dirname, '../../..');

function workflowSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return workflowSources(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

const silent = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, log() {} };

/** The SDK's own creator (a worker thread's, with its V8 context reused), telling which modules the current workflow evaluated itself. */
class InspectedCreator extends ReusableVMWorkflowCreator {
  ownModules(): string[] {
    return [...(this.context as unknown as { __TEMPORAL_ACTIVATOR__: { moduleCache: Map<string, unknown> } }).__TEMPORAL_ACTIVATOR__.moduleCache.keys()];
  }
}

describe('the workflow bundle', () => {
  it('gives a workflow no module of its own: the workflows and the domain are evaluated once per worker thread', async () => {
    const creator = await InspectedCreator.create(parseWorkflowCode((await bundleWorkflows({ logger: silent })).code), 10_000, new Set(), undefined);
    const now = new Date();
    const workflow = await creator.createWorkflow({
      info: {
        workflowType: 'taskWorkflow', workflowId: 'task-1', runId: 'run-1', firstExecutionRunId: 'run-1', taskQueue: 'q', namespace: 'default', attempt: 1,
        historyLength: 3, historySize: 100, continueAsNewSuggested: false, startTime: now, runStartTime: now, searchAttributes: {}, typedSearchAttributes: [] as never,
        memo: {}, unsafe: { isReplaying: false, now: () => now.getTime() }, priority: {},
      } as never,
      randomnessSeed: [1],
      now: now.getTime(),
      showStackTraceSources: false,
    });
    expect(creator.ownModules().filter((id) => /workflows\/|libs\/|@temporalio\/workflow/.test(id))).toEqual([]);
    await workflow.dispose();
    await creator.destroy();
    // The SDK's hooks stay in this process otherwise, as they would in a worker thread of its own.
    globalHandlers.uninstall();
  }, 120_000);

  it('is shared only while no workflow module keeps state at module level', () => {
    const stateful = workflowSources(path.join(ROOT, 'workflows')).filter((file) => /^(let|var)\s/m.test(fs.readFileSync(file, 'utf8')));
    expect(stateful).toEqual([]);
  });
});
