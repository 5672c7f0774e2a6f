import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  batchSummary,
  checkOutcome,
  readLastYear,
  renderBatchHtml,
  renderBatchXlsx,
  type LastYearReport,
  type ReportOutcome,
} from '../../../libs/report-io/src';
import { parseReportArgs, REPORT_USAGE, UsageError } from './report-args';
import { exitCode, outcomeError } from './report-outcome';
import { outcomeSummary, runSummary } from './report-summary';

/**
 * `npm run report -- check FILE|DIR… [--json] [--strict] [--xlsx OUT] [--html OUT] [--last-year FILE]`:
 * checks published annual reports one after another. Results go to stdout (one JSON
 * document with --json), the batch summary also to OUT; argument errors go to stderr.
 * The exit code is 0, 1 or 2 (see REPORT_USAGE).
 */
async function main(argv: readonly string[]): Promise<number> {
  let command;
  try {
    command = parseReportArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`错误：${error.message}\n\n${REPORT_USAGE}\n`);
    return 2;
  }
  if (command.kind === 'help') {
    process.stdout.write(`${REPORT_USAGE}\n`);
    return 0;
  }

  let lastYear: LastYearReport | undefined;
  if (command.lastYear !== null) {
    try {
      lastYear = await readLastYear({ content: await readFile(command.lastYear), fileName: command.lastYear });
    } catch (error) {
      const refused = outcomeError(error);
      if (!refused) throw error;
      process.stderr.write(`错误：上年报告 ${command.lastYear} 无法读取 — ${refused.message}（${refused.code}）\n`);
      return 2;
    }
  }

  const outcomes: ReportOutcome[] = [];
  for (const file of await expandFolders(command.files)) {
    let outcome: ReportOutcome;
    try {
      outcome = await checkOutcome({ content: await readFile(file), fileName: file }, lastYear);
    } catch (error) {
      const refused = outcomeError(error);
      if (!refused) throw error;
      outcome = { fileName: file, error: refused };
    }
    outcomes.push(outcome);
    if (!command.json) process.stdout.write(`${outcomeSummary(outcome, command.strict)}\n\n`);
  }
  process.stdout.write(command.json ? `${JSON.stringify(outcomes, null, 2)}\n` : `${runSummary(outcomes, command.strict)}\n`);
  const summary = batchSummary(outcomes, command.strict);
  if (command.xlsx !== null) await writeFile(command.xlsx, await renderBatchXlsx(summary));
  if (command.html !== null) await writeFile(command.html, renderBatchHtml(summary));
  return exitCode(outcomes, command.strict);
}

/**
 * The files to check: a folder stands for the files directly in it, by name, leaving out
 * hidden files and the ~$ lock files Word leaves beside an open document.
 */
async function expandFolders(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const isFolder = await stat(path).then((s) => s.isDirectory(), () => false);
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true });
    files.push(
      ...entries
        .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.startsWith('~$'))
        .map((e) => join(path, e.name))
        .sort((a, b) => a.localeCompare(b, 'zh-CN')),
    );
  }
  return files;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A fault of this program, not of a report: 2, so that it never reads as "a report broke a rule".
    process.stderr.write(`内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
