import { Worker } from '@temporalio/worker';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { historyFromCliJson } from './history-json';

const HISTORIES = path.join(__dirname, 'histories');

/** Every recorded history, by set (the code version that wrote it) and file. */
function recorded(): Array<{ set: string; file: string; type: string; workflowId: string; history: unknown }> {
  return fs.readdirSync(HISTORIES).flatMap((set) =>
    fs.readdirSync(path.join(HISTORIES, set)).map((file) => {
      const { workflowId, history } = JSON.parse(fs.readFileSync(path.join(HISTORIES, set, file), 'utf8'));
      return { set, file, type: file.split('.')[0], workflowId, history };
    }),
  );
}

describe('recorded workflow histories (scripts/record-histories.mjs)', () => {
  const histories = recorded();

  it('cover every workflow type the engine runs, in every recorded set', () => {
    for (const set of new Set(histories.map((h) => h.set))) {
      const types = new Set(histories.filter((h) => h.set === set).map((h) => h.type));
      expect([...types].sort()).toEqual(['dailyUrgingWorkflow', 'quarterlyCircularWorkflow', 'requestWorkflow', 'signOffWorkflow', 'taskWorkflow']);
    }
  });

  it('replay on the current workflow code without a nondeterminism error', async () => {
    const failures: string[] = [];
    const results = Worker.runReplayHistories(
      { workflowBundle: { codePath: process.env.TEST_WORKFLOW_BUNDLE! } },
      histories.map((h) => ({ workflowId: h.workflowId, history: historyFromCliJson(h.history) })),
    );
    let replayed = 0;
    for await (const result of results) {
      replayed += 1;
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
    expect(replayed).toBe(histories.length);
  }, 300_000);
});
