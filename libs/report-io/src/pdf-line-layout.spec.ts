import { positionedLines } from './pdf-line-layout';
import type { PdfTextItem } from './pdf-text-items';

const at = (text: string, x: number, y: number, size = 10): PdfTextItem => ({
  text,
  x,
  y,
  size,
  width: [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) < 0x7f ? 0.5 : 1) * size, 0),
});

describe('positionedLines', () => {
  it('joins runs on one baseline, splits cells at wide gaps and keeps spaces between words', () => {
    const lines = positionedLines([
      at('标题', 100, 700),
      at('第一段', 50, 680),
      at('接着', 80.5, 680.4),
      at('2024', 104, 680),
      at('年', 127, 680),
    ]);
    expect(lines).toEqual(['标题', '第一段接着 2024 年']);
  });

  it('places numbers under their columns, a blank cell as an empty cell', () => {
    const lines = positionedLines([
      at('项目', 50, 700), at('甲', 200, 700), at('乙', 250, 700), at('丙', 300, 700),
      at('一行', 50, 680), at('1', 203, 680), at('2', 253, 680), at('3', 303, 680),
      at('二行', 50, 660), at('4', 203, 660), at('6', 303, 660),
    ]);
    expect(lines).toEqual(['项目\t甲\t乙\t丙', '一行\t1\t2\t3', '二行\t4\t\t6']);
  });

  it('puts a label centred between two rows into the row below it, and keeps a blank row as a row', () => {
    const lines = positionedLines([
      at('一行', 150, 700), at('1', 303, 700), at('2', 353, 700),
      at('合并', 50, 690), // half-way between rows: a cell merged over two rows
      at('二行', 150, 680), at('3', 303, 680), at('4', 353, 680),
      at('空行', 150, 660),
      at('三行', 150, 640), at('5', 303, 640), at('6', 353, 640),
    ]);
    expect(lines).toEqual(['一行\t1\t2', '合并\t二行\t3\t4', '空行\t\t', '三行\t5\t6']);
  });

  it('splits numbers typed into one run with spaces between into cells under their columns', () => {
    const lines = positionedLines([
      at('项目', 50, 700), at('甲', 200, 700), at('乙', 250, 700), at('丙', 300, 700),
      at('一行', 50, 680), { text: '１  2    3', x: 200, y: 680, size: 10, width: 110 },
    ]);
    expect(lines).toEqual(['项目\t甲\t乙\t丙', '一行\t１\t2\t3']);
  });
});
