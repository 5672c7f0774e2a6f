// `npm run record-histories -- <label>`: runs the end-to-end tests that take every workflow
// type through its paths and keeps their histories in test/replay/histories/<label>, which
// `npm test` replays against the current workflow code. Record a new set before a workflow
// change; keep the old sets while workflows started under that code may still be running.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { root, say } from './lib/setup.mjs';

const SCENARIOS = [
  'test/e2e/signoff.e2e.spec.ts', // returns, resubmission, delegation, publication
  'test/e2e/signoff-deadlines.e2e.spec.ts', // reminders, escalation, overdue publication
  'test/e2e/requests.e2e.spec.ts', // correction, extension, third-party consultation, breach
  'test/e2e/supervision-deadlines.e2e.spec.ts', // task reminders, overdue, order and its escalation
  'test/e2e/supervision-ledger.e2e.spec.ts', // task with a return, ledger import
  'test/e2e/supervision-urging.e2e.spec.ts', // the daily urging
  'test/e2e/supervision-circular.e2e.spec.ts', // the quarterly circular
  'test/e2e/calendar-publication.e2e.spec.ts', // tasks and requests recounted on two published calendar versions
  'test/e2e/calendar-holds.e2e.spec.ts', // a breached request held on its old calendar, then moved by a coordinator's decision
  'test/e2e/signoff-day-two.e2e.spec.ts', // a draft withdrawn, a review cancelled, an attribute changed after signing
  'test/e2e/supervision-day-two.e2e.spec.ts', // extensions, a due date moved, transfers and cancellations of tasks
  'test/e2e/requests-day-two.e2e.spec.ts', // transfers (转办) and corrections of registration data
  'test/e2e/moving-in.e2e.spec.ts', // requests and tasks moved in open, submitted, returned and overdue
];

const label = process.argv[2];
if (!label || !/^[a-z0-9][a-z0-9-]*$/.test(label)) {
  console.error('usage: npm run record-histories -- <label>   (lower-case letters, digits and dashes, e.g. 2026-12-trail-witness)');
  process.exit(2);
}
const dir = path.join(root, 'test/replay/histories', label);
if (fs.existsSync(dir)) {
  console.error(`${path.relative(root, dir)} exists: recorded histories are kept as they are; choose another label`);
  process.exit(2);
}
say(`recording workflow histories into ${path.relative(root, dir)}`);
const result = spawnSync(process.execPath, [path.join(root, 'scripts/test.mjs'), ...SCENARIOS], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, HISTORY_RECORD_DIR: dir },
});
if (result.status !== 0) {
  fs.rmSync(dir, { recursive: true, force: true });
  console.error('the scenarios failed; nothing recorded');
  process.exit(1);
}
say(`${fs.readdirSync(dir).length} histories recorded`);
