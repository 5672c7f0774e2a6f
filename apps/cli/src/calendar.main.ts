import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../../../libs/config/src';
import { CALENDAR_FILE_NOT_JSON, CalendarDataError, notJsonFault, type CalendarFault } from '../../../libs/domain/src/calendar/errors';
import { loadCalendarYear } from '../../../libs/persistence/src/calendar-store';
import { createDataSource } from '../../../libs/persistence/src/data-source';

/**
 * `npm run calendar -- load FILE`: a year's holiday notice (the shape of data/<year>.json) into the
 * database (DATABASE_URL) as a draft version, to be previewed and published by an admin.
 */
async function main([command, file]: string[]): Promise<number> {
  if (command !== 'load' || !file) throw new Error('usage: npm run calendar -- load FILE');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  // The codes the API answers with, so a script can tell a file that is no JSON from one at fault.
  const refuse = (code: string, faults: readonly CalendarFault[]) => {
    for (const fault of faults) console.error(`${file}: ${fault.field || '(file)'}: ${fault.reason}`);
    console.error(`nothing stored (${code})`);
    return 2;
  };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return refuse(CALENDAR_FILE_NOT_JSON, [notJsonFault((error as Error).message)]);
  }
  const dataSource = createDataSource(loadConfig().database);
  await dataSource.initialize();
  try {
    const { version, created } = await loadCalendarYear(dataSource, json, null, path.basename(file));
    console.log(
      created
        ? `loaded ${version.year} (${version.notice}) as calendar version ${version.version}, a draft: see its impact at GET /api/calendar/versions/${version.version}/impact, then publish it`
        : `${version.year}: the same content is version ${version.version} (${version.status}) already; nothing stored`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof CalendarDataError)) throw error;
    return refuse(error.code, error.faults);
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
