import type { Cell } from './report-cell';

/**
 * Section 二 (主动公开政府信息情况): four small tables, one per item of art. 20 of the
 * Regulations. Labels are printed exactly as here; the parser compares them loosely.
 */
export const PROACTIVE_ITEM_LABEL = '信息内容';

export const PROACTIVE_TABLES = [
  {
    code: 'art20_1',
    heading: '第二十条第（一）项',
    columns: [
      { code: 'issued', label: '本年制发件数' },
      { code: 'repealed', label: '本年废止件数' },
      { code: 'in_force', label: '现行有效件数' },
    ],
    rows: [
      { code: 'regulations', label: '规章' },
      { code: 'normative_documents', label: '行政规范性文件' },
    ],
  },
  {
    code: 'art20_5',
    heading: '第二十条第（五）项',
    columns: [{ code: 'decisions', label: '本年处理决定数量' }],
    rows: [{ code: 'licensing', label: '行政许可' }],
  },
  {
    code: 'art20_6',
    heading: '第二十条第（六）项',
    columns: [{ code: 'decisions', label: '本年处理决定数量' }],
    rows: [
      { code: 'penalty', label: '行政处罚' },
      { code: 'enforcement', label: '行政强制' },
    ],
  },
  {
    code: 'art20_8',
    heading: '第二十条第（八）项',
    // The only cell of the report that is money, not a count: it may have decimals.
    columns: [{ code: 'amount', label: '本年收费金额（单位：万元）' }],
    rows: [{ code: 'administrative_fees', label: '行政事业性收费' }],
  },
] as const;

export type ProactiveTable = (typeof PROACTIVE_TABLES)[number];
export type ProactiveRowCode = ProactiveTable['rows'][number]['code'];

export interface DocumentCounts {
  issued: Cell;
  repealed: Cell;
  in_force: Cell;
}

export interface DecisionCount {
  decisions: Cell;
}

export interface FeeAmount {
  /** 万元. */
  amount: Cell;
}

export interface ProactiveFigures {
  regulations: DocumentCounts;
  normative_documents: DocumentCounts;
  licensing: DecisionCount;
  penalty: DecisionCount;
  enforcement: DecisionCount;
  administrative_fees: FeeAmount;
}

/** Generic read access, for code that walks PROACTIVE_TABLES. */
export function proactiveCell(figures: ProactiveFigures, row: ProactiveRowCode, column: string): Cell {
  return (figures[row] as unknown as Record<string, Cell>)[column];
}
