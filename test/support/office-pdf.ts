import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Word files turned into PDF the way offices publish them: LibreOffice's own export
 * (`soffice --headless --convert-to pdf`), all in one run, in a folder of the test's own.
 * Without LibreOffice the tests fail and say how to get it: these PDFs cannot be faked.
 */
export function officePdfs(docxFiles: Record<string, Buffer>): Record<string, Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'dse-office-pdf-'));
  const names = Object.keys(docxFiles);
  for (const name of names) writeFileSync(join(dir, `${name}.docx`), docxFiles[name]);
  // A profile of its own: a second soffice with the default profile would hand the work to the first.
  const profile = join(dir, 'profile');
  mkdirSync(profile);
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => join(dir, `${n}.docx`))],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error('LibreOffice is needed to make these PDFs: apt-get install -y libreoffice-writer (Debian), as .ci/run does');
  }
  try {
    if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}`);
    return Object.fromEntries(names.map((name) => [name, readFileSync(join(dir, `${name}.pdf`))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
