import { Document, Packer, Paragraph, Table, TableRow, TableCell, TextRun } from 'docx';

/**
 * A .docx holding report text exactly as written: plain lines as paragraphs, each run of
 * tab-separated lines as a table with one cell per tab-separated cell. The sample report
 * (with its flaws, which the official-layout writer would correct) becomes a Word file.
 */
export function textDocx(text: string): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let rows: string[][] = [];
  const flushTable = () => {
    if (rows.length === 0) return;
    const width = Math.max(...rows.map((r) => r.length));
    children.push(
      new Table({
        rows: rows.map(
          (cells) =>
            new TableRow({
              children: [...cells, ...Array<string>(width - cells.length).fill('')].map(
                (cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun(cell)] })] }),
              ),
            }),
        ),
      }),
    );
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) {
      rows.push(line.split('\t'));
      continue;
    }
    flushTable();
    children.push(new Paragraph({ children: [new TextRun(line)] }));
  }
  flushTable();
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
