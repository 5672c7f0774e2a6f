import type { Deviation, DeviationFound } from './deviation';
import { NotAReportError, ReportLayoutError, ReportTitleError, ReportTruncatedError } from './errors';
import { matchLabel, normaliseLabel } from './label-match';
import { parseProactiveSection } from './proactive-table-parser';
import type { AnnualReportFigures, ReportNarrative } from './report-figures';
import { REPORT_SECTIONS, REPORT_TITLE_SUFFIX, sectionHeading, type ReportSectionNumber } from './report-sections';
import { filledCells, splitLines, type TextLine } from './report-text-lines';
import { parseRequestSection } from './request-table-parser';
import { parseReviewLitigationSection } from './review-litigation-parser';
import { DEVIATION_SEVERITY } from './deviation';
import { noteLabel } from './table-reading';

export interface ParsedReport {
  figures: AnnualReportFigures;
  /** Departures from the national format, in the order found. */
  deviations: Deviation[];
}

export interface ParseReportOptions {
  /** Used when the title does not state the year. */
  year?: number;
  /** Used when the title does not name the body. */
  bodyName?: string;
}

interface Heading {
  section: ReportSectionNumber;
  index: number;
}

/**
 * Reads a published annual report laid out like the sample: a title line, the six section
 * headings on lines of their own, the tables flattened one row per line with cells
 * separated by tabs (or |). Every departure from the format that can still be read is
 * returned as a deviation; what cannot be read throws a ReportTextError naming the line.
 */
export function parseReportText(text: string, options: ParseReportOptions = {}): ParsedReport {
  if (typeof text !== 'string' || text.trim() === '') throw new NotAReportError('文本为空');
  const lines = splitLines(text);
  const deviations: DeviationFound[] = [];
  const headings = findHeadings(lines, deviations);
  if (headings.length === 0) {
    throw new NotAReportError(`找不到国家格式的任何一个部分标题（如“${sectionHeading(1)}”“${sectionHeading(3)}”）`);
  }

  const firstHeading = headings[0].index;
  const title = readTitle(lines.slice(0, firstHeading), options, deviations);
  const preamble = joinText(lines.slice(title.index + 1, firstHeading));

  const body = (section: ReportSectionNumber): TextLine[] | null => {
    const at = headings.findIndex((h) => h.section === section);
    if (at < 0) return null;
    const end = at + 1 < headings.length ? headings[at + 1].index : lines.length;
    return lines.slice(headings[at].index + 1, end);
  };
  const lastFound = headings[headings.length - 1].section;
  /** A section's lines; a missing one ends the reading unless only its narrative is lost. */
  const required = (section: ReportSectionNumber): TextLine[] | null => {
    const found = body(section);
    if (found) return found;
    if (section > lastFound) {
      // Nothing after this point: the text stops early.
      throw new ReportTruncatedError(sectionHeading(section), lines.length, lastFound);
    }
    if (section >= 2 && section <= 4) {
      throw new ReportLayoutError(`缺少“${sectionHeading(section)}”部分及其表格`, null, section);
    }
    deviations.push({
      kind: 'missing_section',
      section,
      line: null,
      expected: sectionHeading(section),
      found: null,
      message: `缺少“${sectionHeading(section)}”部分`,
    });
    return null;
  };

  const overview = required(1);
  const proactive = parseProactiveSection(required(2)!, deviations);
  const requests = parseRequestSection(required(3)!, deviations);
  const reviewLitigation = parseReviewLitigationSection(required(4)!, deviations);
  const problems = required(5);
  const otherMatters = required(6);

  const narrative: ReportNarrative = {};
  if (preamble) narrative.preamble = preamble;
  const put = (key: keyof ReportNarrative, part: TextLine[] | null) => {
    const joined = part ? joinText(part) : '';
    if (joined) narrative[key] = joined;
  };
  put('overview', overview);
  put('problems', problems);
  put('otherMatters', otherMatters);

  const figures: AnnualReportFigures = {
    year: title.year,
    bodyName: title.bodyName,
    proactive,
    requests: requests.requests,
    ...(requests.requestGroupTotals ? { requestGroupTotals: requests.requestGroupTotals } : {}),
    reviewLitigation,
    ...(Object.keys(narrative).length > 0 ? { narrative } : {}),
  };
  return { figures, deviations: deviations.map((d) => ({ ...d, severity: DEVIATION_SEVERITY[d.kind] })) };
}

const HEADING = /^([一二三四五六])\s*[、.．]\s*(.+)$/u;

/** Section headings in order; a line counts only if it is alone and close to the official title. */
function findHeadings(lines: readonly TextLine[], deviations: DeviationFound[]): Heading[] {
  const found: Heading[] = [];
  let from = 0;
  for (const { number, numeral, title } of REPORT_SECTIONS) {
    for (let i = from; i < lines.length; i++) {
      const filled = filledCells(lines[i]);
      if (filled.length !== 1) continue;
      const match = HEADING.exec(filled[0].text.normalize('NFKC').trim());
      if (!match || match[1] !== numeral) continue;
      const titleMatch = matchLabel(match[2], title);
      if (!titleMatch) continue;
      noteLabel(deviations, titleMatch, filled[0].text, `${numeral}、${title}`, number, lines[i].number, '标题');
      found.push({ section: number, index: i });
      from = i + 1;
      break;
    }
  }
  return found;
}

const TITLE = /^(.*?)(\d{4})年度?(.*?)政府信息公开(?:工作)?年度报告$/u;

function readTitle(
  lines: readonly TextLine[],
  options: ParseReportOptions,
  deviations: DeviationFound[],
): { index: number; year: number; bodyName: string } {
  // A preface may mention 年度报告 too; the title is the line that reads as a whole title.
  const titled = lines.findIndex((line) => TITLE.test(normaliseLabel(line.text)));
  const index = titled >= 0 ? titled : lines.findIndex((line) => normaliseLabel(line.text).includes('年度报告'));
  const match = index >= 0 ? TITLE.exec(normaliseLabel(lines[index].text)) : null;
  const year = match ? Number(match[2]) : options.year;
  const named = match ? match[1] || match[3] : '';
  const bodyName = named || options.bodyName || '';
  // Reported even when the caller knows the body: the published text still lacks it.
  if (index < 0 || !named) {
    deviations.push({
      kind: 'missing_title',
      section: null,
      line: index >= 0 ? lines[index].number : null,
      expected: `××${year ?? '××××'}年${REPORT_TITLE_SUFFIX}`,
      found: index >= 0 ? lines[index].text.trim() : null,
      message: index < 0 ? '报告没有标题行' : '标题没有写明报告机关的名称',
    });
  }
  if (year === undefined || !Number.isInteger(year)) {
    throw new ReportTitleError(
      `标题中找不到报告年度（应如“××2023年${REPORT_TITLE_SUFFIX}”），调用时也未指定年度`,
      index >= 0 ? lines[index].number : null,
    );
  }
  return { index: index >= 0 ? index : -1, year, bodyName };
}

function joinText(lines: readonly TextLine[]): string {
  return lines
    .map((line) => line.text)
    .join('\n')
    .trim();
}
