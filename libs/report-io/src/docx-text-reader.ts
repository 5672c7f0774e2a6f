import JSZip from 'jszip';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { UnreadableReportFileError, UnsupportedReportFileError } from './report-file-errors';
import { cellText } from './table-lines';

/** Far above any annual report's document.xml; stops a small zip that inflates without end. */
const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;

interface DocxCell {
  paragraphs: string[];
  colSpan: number;
  /** A vertically merged cell below the first: Word keeps it, empty. */
  continued: boolean;
}

interface DocxTable {
  rows: DocxCell[][];
  row: DocxCell[] | null;
  cell: DocxCell | null;
}

/**
 * The text of a .docx as parseReportText reads it: each paragraph a line, each table row a
 * line of tab-separated cells, a merged cell printed once and padded with empty cells.
 */
export async function readDocxText(content: Uint8Array, label: string): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(content);
  } catch (error) {
    throw new UnreadableReportFileError(label, `不是完整的 .docx 压缩包（${(error as Error).message}）`);
  }
  const entry = zip.file('word/document.xml');
  if (!entry) throw new UnsupportedReportFileError(label, '压缩包，其中没有 Word 正文（word/document.xml）');
  return documentLines(await inflate(entry, label), label).join('\n');
}

function inflate(entry: JSZip.JSZipObject, label: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_DOCUMENT_XML_BYTES) {
        chunks.push(chunk);
        return;
      }
      stream.pause();
      stream.removeAllListeners('data');
      reject(new UnreadableReportFileError(label, `正文解压后超过 ${MAX_DOCUMENT_XML_BYTES / 1024 / 1024} MB`));
    });
    stream.on('error', (error: Error) => reject(new UnreadableReportFileError(label, `正文无法解压（${error.message}）`)));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function documentLines(xml: string, label: string): string[] {
  const lines: string[] = [];
  const paragraphs: string[] = [];
  const tables: DocxTable[] = [];
  let inText = false;
  let runDepth = 0;
  // mc:Fallback repeats the content of mc:Choice (text boxes for old Word): read it once.
  let fallbackDepth = 0;

  const append = (text: string) => {
    if (paragraphs.length > 0) paragraphs[paragraphs.length - 1] += text;
  };
  const table = () => tables[tables.length - 1];
  /** Where a finished paragraph or nested table goes: the open cell, or the document. */
  const emit = (text: string, asLines: string[]) => {
    const cell = table()?.cell;
    if (cell) cell.paragraphs.push(text);
    else lines.push(...asLines);
  };

  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (tag.name === 'mc:Fallback' || fallbackDepth > 0) {
      if (tag.name === 'mc:Fallback') fallbackDepth += 1;
      return;
    }
    const val = tag.attributes['w:val'];
    switch (tag.name) {
      case 'w:tbl':
        tables.push({ rows: [], row: null, cell: null });
        break;
      case 'w:tr':
        table().row = [];
        break;
      case 'w:gridBefore':
        // A row that starts a few grid columns in: those columns are empty cells.
        for (let k = 0; k < Number(val); k++) table().row?.push({ paragraphs: [], colSpan: 1, continued: false });
        break;
      case 'w:tc':
        table().cell = { paragraphs: [], colSpan: 1, continued: false };
        break;
      case 'w:gridSpan': {
        const cell = table()?.cell;
        if (cell) cell.colSpan = Math.max(1, Number(val) || 1);
        break;
      }
      case 'w:vMerge': {
        const cell = table()?.cell;
        if (cell) cell.continued = val !== 'restart';
        break;
      }
      case 'w:p':
        paragraphs.push('');
        break;
      case 'w:r':
        runDepth += 1;
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
        // w:tab also defines tab stops in paragraph properties; only a run's tab is text.
        if (runDepth > 0) append('\t');
        break;
      case 'w:br':
      case 'w:cr':
        if (runDepth > 0) append('\n');
        break;
    }
  });
  parser.on('text', (text) => {
    if (inText && fallbackDepth === 0) append(text);
  });
  parser.on('closetag', (tag) => {
    if (fallbackDepth > 0) {
      if (tag.name === 'mc:Fallback') fallbackDepth -= 1;
      return;
    }
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:r':
        runDepth -= 1;
        break;
      case 'w:p': {
        const text = paragraphs.pop() ?? '';
        emit(text, text.split('\n'));
        break;
      }
      case 'w:tc': {
        const t = table();
        if (t.cell) t.row?.push(t.cell);
        t.cell = null;
        break;
      }
      case 'w:tr': {
        const t = table();
        if (t.row) t.rows.push(t.row);
        t.row = null;
        break;
      }
      case 'w:tbl': {
        const flattened = tableLines(tables.pop()!.rows);
        // A table inside a cell becomes text of that cell.
        emit(flattened.join(' '), flattened);
        break;
      }
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    throw new UnreadableReportFileError(label, `Word 正文不是有效的 XML（${(error as Error).message}）`);
  }
  return lines;
}

function tableLines(rows: readonly DocxCell[][]): string[] {
  return rows.map((row) =>
    row
      .flatMap((cell) => [
        cell.continued ? '' : cellText(cell.paragraphs.join(' ')),
        ...Array<string>(cell.colSpan - 1).fill(''),
      ])
      .join('\t'),
  );
}
