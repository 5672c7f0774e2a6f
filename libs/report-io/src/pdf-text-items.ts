import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UnreadableReportFileError, UnsupportedReportFileError } from './report-file-errors';

/** A run of text on a PDF page, in PDF units with y growing upwards; x, y is its baseline start. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size the run is drawn at. */
  size: number;
}

/** A ruled line drawn on the page (a table border), horizontal or vertical, in PDF units. */
export interface PdfRule {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  items: PdfTextItem[];
  rules: PdfRule[];
}

const TIME_LIMIT_MS = 60_000;

/*
 * pdf.js ships as ES modules only, which Node loads but jest's CommonJS runtime does not, and
 * it parses on the thread that calls it. A worker thread runs it under Node's own loader and
 * keeps a large or hostile PDF from blocking the API's event loop; it is stopped when it
 * takes too long. Plain JavaScript in a string, so no compiler rewrites its import().
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const pdfjs = await import(workerData.pdfjsUrl);
  pdfjs.GlobalWorkerOptions.workerSrc = workerData.workerUrl;
  const document = await pdfjs.getDocument({
    data: workerData.data,
    cMapUrl: workerData.cMapDir,
    cMapPacked: true,
    standardFontDataUrl: workerData.standardFontDir,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const { OPS } = pdfjs;
  const painted = new Set([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke,
    OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const multiply = (m, n) => [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
  // Table borders: the straight horizontal and vertical pieces of every painted path, in page
  // space. Word draws them as thin filled rectangles, LibreOffice as stroked lines.
  const rulesOf = (operators) => {
    const rules = [];
    const stack = [];
    let ctm = [1, 0, 0, 1, 0, 0];
    const point = (x, y) => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
    operators.fnArray.forEach((fn, i) => {
      const args = operators.argsArray[i];
      if (fn === OPS.save) stack.push(ctm);
      else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() || ctm;
      else if (fn === OPS.transform) ctm = multiply(ctm, args);
      // A form (a table Word drew once and placed) draws in its own space.
      else if (fn === OPS.paintFormXObjectBegin) { stack.push(ctm); if (args[0]) ctm = multiply(ctm, args[0]); }
      else if (fn === OPS.constructPath && painted.has(args[0])) {
        for (const data of args[1]) {
          if (!data) continue;
          let start = null;
          let last = null;
          for (let k = 0; k < data.length; ) {
            const op = data[k];
            if (op === 0 || op === 1) {
              const next = point(data[k + 1], data[k + 2]);
              if (op === 0) start = next;
              else if (last) rules.push([last, next]);
              last = next;
              k += 3;
            } else if (op === 2) { last = point(data[k + 5], data[k + 6]); k += 7; }
            else if (op === 3) { last = point(data[k + 3], data[k + 4]); k += 5; }
            else { if (last && start) rules.push([last, start]); last = start; k += 1; }
          }
        }
      }
    });
    return rules
      .filter(([a, b]) => Math.abs(a[0] - b[0]) < 0.5 || Math.abs(a[1] - b[1]) < 0.5)
      .map(([a, b]) => ({ x1: Math.min(a[0], b[0]), y1: Math.min(a[1], b[1]), x2: Math.max(a[0], b[0]), y2: Math.max(a[1], b[1]) }))
      .filter((r) => r.x2 - r.x1 > 1 || r.y2 - r.y1 > 1);
  };
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push({
      items: content.items.filter((item) => 'str' in item).map((item) => ({
        text: item.str,
        x: item.transform[4],
        y: item.transform[5],
        width: item.width,
        size: Math.hypot(item.transform[2], item.transform[3]) || item.height,
      })),
      rules: rulesOf(await page.getOperatorList()),
    });
    page.cleanup();
  }
  await document.destroy();
  parentPort.postMessage({ pages });
})().catch((error) => parentPort.postMessage({ error: { name: error && error.name, message: String(error && error.message || error) } }));
`;

/** The text runs of every page, in the order pdf.js reads them, and the lines ruled on it. */
export function readPdfPages(content: Uint8Array, label: string): Promise<PdfPage[]> {
  const pdfjsMain = require.resolve('pdfjs-dist/legacy/build/pdf.mjs');
  const root = join(dirname(require.resolve('pdfjs-dist/package.json')), '/');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      data: new Uint8Array(content),
      pdfjsUrl: pathToFileURL(pdfjsMain).href,
      workerUrl: pathToFileURL(join(dirname(pdfjsMain), 'pdf.worker.mjs')).href,
      // Reports often use fonts that are not embedded (宋体, 仿宋): their text needs the CMaps.
      cMapDir: join(root, 'cmaps', '/'),
      standardFontDir: join(root, 'standard_fonts', '/'),
    },
    resourceLimits: { maxOldGenerationSizeMb: 1024 },
    // pdf.js warns on the console about fonts it substitutes: not for the CLI's stdout.
    stdout: true,
    stderr: true,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new UnreadableReportFileError(label, `PDF 在 ${TIME_LIMIT_MS / 1000} 秒内未能读完`));
    }, TIME_LIMIT_MS);
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    worker.once('message', (message: { pages?: PdfPage[]; error?: { name?: string; message: string } }) => {
      settle(() => (message.pages ? resolve(message.pages) : reject(pdfError(message.error!, label))));
    });
    worker.once('error', (error) => settle(() => reject(new UnreadableReportFileError(label, error.message))));
  });
}

function pdfError(error: { name?: string; message: string }, label: string): Error {
  if (error.name === 'PasswordException') return new UnsupportedReportFileError(label, '加密的 PDF（需要密码才能打开）');
  return new UnreadableReportFileError(label, `PDF 无法解析（${error.message}）`);
}
