import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  NotAReportError,
  ReportLabelError,
  ReportLayoutError,
  ReportTextError,
  ReportTitleError,
  ReportTruncatedError,
  ReportValueError,
} from './errors';
import { parseReportText } from './report-text-parser';

const sample = readFileSync(join(__dirname, 'testdata', 'annual-report-sample.txt'), 'utf8');
const firstLines = (n: number) => sample.split('\n').slice(0, n).join('\n');
function withLine(n: number, text: string): string {
  const lines = sample.split('\n');
  lines[n - 1] = text;
  return lines.join('\n');
}

/** The error parseReportText throws, checked to be one of ours. */
function failure(text: string): ReportTextError {
  try {
    parseReportText(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportTextError);
    return error as ReportTextError;
  }
  throw new Error('expected the text to be refused');
}

describe('parseReportText refuses what it cannot read, saying where and why', () => {
  describe('text that is not a report', () => {
    it('an empty text', () => {
      expect(failure('')).toBeInstanceOf(NotAReportError);
      expect(failure('  \n\n ')).toBeInstanceOf(NotAReportError);
    });

    it('a circular with no section of the format', () => {
      const error = failure('关于召开政务公开工作会议的通知\n\n各科室：\n定于2024年3月1日召开会议，请准时参加。');
      expect(error).toBeInstanceOf(NotAReportError);
      expect(error.code).toBe('NOT_A_REPORT');
      expect(error.message).toContain('找不到国家格式的任何一个部分标题');
    });

    it('a report whose title gives no year, when none is supplied', () => {
      const error = failure(sample.replace('姜营 2023 年政府信息公开工作年度报告', '姜营政府信息公开工作年度报告'));
      expect(error).toBeInstanceOf(ReportTitleError);
      expect(parseReportText(sample.replace(' 2023 年', ''), { year: 2023 }).figures.year).toBe(2023);
    });
  });

  describe('a report cut short', () => {
    it('inside section 三’s table: names the first row missing', () => {
      const error = failure(firstLines(45)); // ends after 7. 属于行政执法案卷
      expect(error).toBeInstanceOf(ReportTruncatedError);
      expect(error).toMatchObject({ code: 'REPORT_TRUNCATED', expected: '8. 属于行政查询事项', section: 3, line: 45 });
      expect(error.message).toBe('第45行（第三部分）：报告在此中断：表格未完，应有“8. 属于行政查询事项”');
    });

    it('inside section 二: names the row missing', () => {
      expect(failure(firstLines(24))).toMatchObject({ code: 'REPORT_TRUNCATED', expected: '行政强制', section: 2 });
    });

    it('after the tables: names the heading missing', () => {
      expect(failure(firstLines(66))).toMatchObject({ code: 'REPORT_TRUNCATED', expected: '五、存在的主要问题及改进情况' });
    });

    it('a row that stops before its last column', () => {
      const error = failure(withLine(35, '一、本年新收政府信息公开申请数量\t0\t0\t0\t0\t0'));
      expect(error).toBeInstanceOf(ReportTruncatedError);
      // Five numbers fill 自然人 to 法律服务机构; 其他 and 总计 are missing.
      expect((error as ReportTruncatedError).expected).toContain('“法人或其他组织·其他”列');
    });

    it('section 四 without its line of numbers', () => {
      expect(failure(withLine(66, ''))).toMatchObject({ code: 'REPORT_TRUNCATED', section: 4 });
    });
  });

  describe('a number where a label belongs', () => {
    it('in section 二', () => {
      const error = failure(withLine(17, '0\t0\t0\t0'));
      expect(error).toBeInstanceOf(ReportLabelError);
      expect(error).toMatchObject({ expected: '规章', found: '0', line: 17, section: 2 });
      expect(error.message).toBe('第17行（第二部分）：此处应为标签“规章”，却是数字“0”');
    });

    it('beside the merged cell 三、本年度办理结果', () => {
      const error = failure(withLine(37, '三、本年度办理结果\t5\t0\t0\t0\t0\t0\t0\t0\t'));
      expect(error).toMatchObject({ code: 'REPORT_LABEL_INVALID', expected: '(一) 予以公开', found: '5', line: 37 });
    });

    it('as a numbered sub-item', () => {
      expect(failure(withLine(40, '\t\t2\t0\t0\t0\t0\t0\t0\t0'))).toMatchObject({
        found: '2',
        expected: '2. 其他法律行政法规禁止公开',
      });
      expect(failure(withLine(39, '\t(三) 不予公开\t1\t0\t0\t0\t0\t0\t0\t0'))).toMatchObject({
        found: '1',
        expected: '1. 属于国家秘密',
      });
    });

    it('in the header of section 四', () => {
      const error = failure(withLine(64, '结果 维持\t7\t其他 结果\t尚未 审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t'));
      expect(error).toMatchObject({ code: 'REPORT_LABEL_INVALID', found: '7', line: 64, section: 4 });
    });

    it('a label the format does not have', () => {
      const error = failure(withLine(51, '\t\t2. 咨询类申请\t0\t0\t0\t0\t0\t0\t0'));
      expect(error).toMatchObject({ code: 'REPORT_LABEL_INVALID', expected: '2. 重复申请', found: '2. 咨询类申请', line: 51 });
    });
  });

  describe('text where a number belongs', () => {
    it('names the row and column', () => {
      const error = failure(withLine(35, '一、本年新收政府信息公开申请数量\t\t0\t0\t三\t0\t0\t0\t0\t'));
      expect(error).toBeInstanceOf(ReportValueError);
      const { cell, found } = error as ReportValueError;
      expect([cell.row, cell.column, found, error.line]).toEqual(['new', 'research_institution', '三', 35]);
      expect(error.message).toBe(
        '第35行（第三部分）：“一、本年新收政府信息公开申请数量”行“法人或其他组织·科研机构”列应为数字，却是“三”（不是数字）',
      );
    });

    it('in section 二 and in section 四', () => {
      expect(failure(withLine(28, '行政事业性收费\t约2万\t\t'))).toMatchObject({ code: 'REPORT_VALUE_INVALID', found: '约2万' });
      const numbers = sample.split('\n')[65].split('\t');
      numbers[7] = '—';
      const error = failure(withLine(66, numbers.join('\t'))) as ReportValueError;
      expect([error.code, error.cell.row, error.cell.column]).toEqual(['REPORT_VALUE_INVALID', 'direct_suit', 'other']);
    });

    it('a fraction of a request, while a fee may have decimals', () => {
      const error = failure(withLine(21, '行政许可\t1.5\t\t'));
      expect(error).toMatchObject({ code: 'REPORT_VALUE_INVALID', reason: '件数应为整数' });
      expect(parseReportText(withLine(28, '行政事业性收费\t1.5\t\t')).figures.proactive.administrative_fees.amount).toBe(1.5);
    });
  });

  it('refuses a row with more numbers than columns', () => {
    const error = failure(withLine(35, '一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\t0'));
    expect(error).toBeInstanceOf(ReportLayoutError);
    expect(error.message).toContain('有8个数值，国家格式为7列');
  });

  it('refuses section 四’s numbers split over several lines', () => {
    const text = withLine(66, '0\t0\t0\t0\t0\n0\t0\t0\t0\t0\n0\t0\t0\t0\t0');
    expect(failure(text)).toMatchObject({ code: 'REPORT_LAYOUT_INVALID', section: 4 });
  });
});
