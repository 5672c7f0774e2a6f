import { ruledTables } from './pdf-ruled-tables';
import type { PdfRule, PdfTextItem } from './pdf-text-items';

const at = (text: string, x: number, y: number, size = 10): PdfTextItem => ({ text, x, y, size, width: [...text].length * size });
const across = (y: number, x1: number, x2: number): PdfRule => ({ x1, x2, y1: y, y2: y });
const down = (x: number, y1: number, y2: number): PdfRule => ({ x1: x, x2: x, y1, y2 });

describe('ruledTables', () => {
  // Three columns (50–150–200–250), three rows (700–680–640–620); the first column's two
  // lower rows merged; row two twice as tall, its label wrapped over two lines.
  const grid: PdfRule[] = [
    across(700, 50, 250), across(680, 50, 250), across(640, 150, 250), across(620, 50, 250),
    down(50, 620, 700), down(150, 620, 700), down(200, 620, 700), down(250, 620, 700),
  ];

  it('reads each run into the bordered cell it sits in: wrapped lines joined, a merged cell once', () => {
    const items = [
      at('表头', 60, 686), at('甲', 160, 686), at('乙', 210, 686),
      at('合并', 60, 655),
      at('长标签的', 152, 665, 5), at('第二行', 152, 655, 5), at('1', 220, 658),
      at('短', 160, 626), at('2', 220, 626),
      at('表外', 60, 500),
    ];
    const { tables, rest } = ruledTables(items, grid);
    expect(tables).toHaveLength(1);
    expect(tables[0].cells.map((c) => [c.row, c.column, c.rowSpan, c.colSpan, c.text]).sort()).toEqual(
      [
        [0, 0, 1, 1, '表头'], [0, 1, 1, 1, '甲'], [0, 2, 1, 1, '乙'],
        [1, 0, 2, 1, '合并'], [1, 1, 1, 1, '长标签的第二行'], [1, 2, 1, 1, '1'],
        [2, 1, 1, 1, '短'], [2, 2, 1, 1, '2'],
      ].sort(),
    );
    expect(rest.map((r) => r.text)).toEqual(['表外']);
  });

  it('takes a lone box, such as a page background or a frame, for no table', () => {
    const box = [across(0, 0, 595), across(842, 0, 595), down(0, 0, 842), down(595, 0, 842)];
    const items = [at('正文', 60, 700)];
    expect(ruledTables(items, box)).toEqual({ tables: [], rest: items });
  });
});
