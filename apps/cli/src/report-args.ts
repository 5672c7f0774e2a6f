/** What `report` was asked to do. */
export type ReportCommand =
  | { kind: 'help' }
  | {
      kind: 'check';
      /** Files and folders, as given; a folder stands for the files in it. */
      files: string[];
      json: boolean;
      strict: boolean;
      lastYear: string | null;
      /** Where to write the batch summary as a workbook and as a page. */
      xlsx: string | null;
      html: string | null;
    };

export const REPORT_USAGE = `用法：npm run report -- check 文件或文件夹… [--json] [--strict] [--xlsx 汇总.xlsx] [--html 汇总.html] [--last-year 上年报告]

检查已公开的政府信息公开工作年度报告：是否符合国家格式（国办公开办函〔2021〕30号），
各项勾稽关系是否成立。可读 .docx、PDF（带文字层）、网页（HTML）和纯文本（UTF-8 或 GB18030）。
给文件夹即检查其中每个文件；无法读取的文件列明原因，其余照常检查。

  --json                输出一份 JSON（每个文件一项），供其他程序读取
  --strict              警告也算未通过（默认只有错误才算）
  --xlsx 文件           另将汇总（每份报告的机关、年度、错误、警告，及问题清单）写成 Excel 工作簿
  --html 文件           另将汇总写成网页
  --last-year 文件      上年度的报告，用于核对跨年度的规则（上年结转、现行有效件数）
  -h, --help            显示本说明

错误：法定表格不成立（勾稽关系不符、缺行、空白单元格）；警告：正文与表格不一致、
正文写到其他年度、标签与国家格式不符、子项未分列等，值得复核。

退出码：0 全部通过；1 有报告有错误（--strict 时有警告也算）；2 有文件无法读取，或参数有误。`;

/** Bad arguments: the message says what is wrong; the usage follows it. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function parseReportArgs(argv: readonly string[]): ReportCommand {
  if (argv.length === 0) throw new UsageError('缺少命令：应为 check');
  if (argv.includes('-h') || argv.includes('--help')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(`未知命令“${command}”：应为 check`);
  const files: string[] = [];
  let json = false;
  let strict = false;
  let lastYear: string | null = null;
  const outputs: { xlsx: string | null; html: string | null } = { xlsx: null, html: null };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--json') {
      json = true;
    } else if (arg === '--strict') {
      strict = true;
    } else if (arg === '--last-year' || arg.startsWith('--last-year=')) {
      if (lastYear !== null) throw new UsageError('--last-year 只能给一次');
      const value = arg === '--last-year' ? rest[++i] : arg.slice('--last-year='.length);
      if (!value || value.startsWith('--')) throw new UsageError('--last-year 后应为上年报告的文件名');
      lastYear = value;
    } else if (arg === '--xlsx' || arg === '--html') {
      const key = arg.slice(2) as 'xlsx' | 'html';
      if (outputs[key] !== null) throw new UsageError(`${arg} 只能给一次`);
      const value = rest[++i];
      if (!value || value.startsWith('--')) throw new UsageError(`${arg} 后应为要写出的文件名`);
      outputs[key] = value;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`未知选项“${arg}”`);
    } else {
      files.push(arg);
    }
  }
  if (files.length === 0) throw new UsageError('check 后应至少给一个报告文件或文件夹');
  return { kind: 'check', files, json, strict, lastYear, ...outputs };
}
