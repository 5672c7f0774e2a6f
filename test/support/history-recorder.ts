import type { Client } from '@temporalio/client';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Histories kept per workflow type and test file: the longest, which take the most paths. */
const PER_TYPE = 2;

/**
 * Writes the histories of the workflows a test ran on its task queue into `dir`, as the
 * fixtures test/replay replays (scripts/record-histories.mjs sets HISTORY_RECORD_DIR).
 */
export async function recordHistories(client: Client, taskQueue: string, dir: string): Promise<void> {
  const runs = [];
  for await (const run of client.workflow.list({ query: `TaskQueue = '${taskQueue}'` })) runs.push(run);
  const byType = new Map<string, typeof runs>();
  for (const run of runs) byType.set(run.type, [...(byType.get(run.type) ?? []), run]);
  fs.mkdirSync(dir, { recursive: true });
  for (const [type, ofType] of byType) {
    if (type === 'probeWorkflow') continue;
    const longest = ofType.sort((a, b) => (b.historyLength ?? 0) - (a.historyLength ?? 0)).slice(0, PER_TYPE);
    for (const run of longest) {
      // The CLI's JSON is the format Temporal's replayers read (historyFromJSON).
      const history = execFileSync(
        process.env.TEMPORAL_CLI ?? 'temporal',
        ['workflow', 'show', '--address', process.env.TEST_TEMPORAL_ADDRESS!, '-w', run.workflowId, '-r', run.runId, '--output', 'json'],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      const file = `${type}.${run.workflowId.replace(/[^A-Za-z0-9-]/g, '_')}.${run.runId.slice(0, 8)}.json`;
      fs.writeFileSync(path.join(dir, file), JSON.stringify({ workflowId: run.workflowId, history: JSON.parse(history) }));
    }
  }
}
