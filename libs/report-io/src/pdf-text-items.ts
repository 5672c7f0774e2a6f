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
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(content.items.filter((item) => 'str' in item).map((item) => ({
      text: item.str,
      x: item.transform[4],
      y: item.transform[5],
      width: item.width,
      size: Math.hypot(item.transform[2], item.transform[3]) || item.height,
    })));
    page.cleanup();
  }
  await document.destroy();
  parentPort.postMessage({ pages });
})().catch((error) => parentPort.postMessage({ error: { name: error && error.name, message: String(error && error.message || error) } }));
`;

/** The text runs of every page, in the order pdf.js reads them. */
export function readPdfTextItems(content: Uint8Array, label: string): Promise<PdfTextItem[][]> {
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
    worker.once('message', (message: { pages?: PdfTextItem[][]; error?: { name?: string; message: string } }) => {
      settle(() => (message.pages ? resolve(message.pages) : reject(pdfError(message.error!, label))));
    });
    worker.once('error', (error) => settle(() => reject(new UnreadableReportFileError(label, error.message))));
  });
}

function pdfError(error: { name?: string; message: string }, label: string): Error {
  if (error.name === 'PasswordException') return new UnsupportedReportFileError(label, '加密的 PDF（需要密码才能打开）');
  return new UnreadableReportFileError(label, `PDF 无法解析（${error.message}）`);
}
