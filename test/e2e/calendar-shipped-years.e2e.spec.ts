import { In } from 'typeorm';
import { BUNDLED_CALENDAR_YEARS } from '../../libs/domain/src/calendar/data';
import { CalendarVersionEntity } from '../../libs/persistence/src/entities/calendar-version.entity';
import { loadYear } from '../support/calendar-fixtures';
import { startTestApi, type TestApi } from '../support/test-api';

/*
 * A database made by an earlier release lacks the years shipped since: here the last two shipped
 * years are taken out of it, an admin loads their own version of the first, and the API is
 * started again on it, twice.
 */
describe('years shipped after the database was made reach it at start-up', () => {
  let first: TestApi;
  const shipped = [...BUNDLED_CALENDAR_YEARS].sort((a, b) => a.year - b.year);
  const [own, missing] = shipped.slice(-2);
  beforeAll(async () => {
    first = await startTestApi();
  }, 60_000);
  afterAll(async () => {
    await first?.close();
  });

  const versions = async (api: TestApi) => (await api.http.get('/calendar/versions').set('authorization', api.adminAuth)).body as Array<Record<string, unknown>>;

  it('loads each shipped year the database holds in no version as a draft, once, and leaves a year an admin loaded alone', async () => {
    await first.db.dataSource.getRepository(CalendarVersionEntity).delete({ year: In([own.year, missing.year]) });
    const admins = await loadYear(first, { ...own, title: `${own.title}（本单位录入）` });
    expect(admins.status).toBe(201);

    const startAgain = async () => {
      const restarted = await startTestApi({}, { database: first.db });
      try {
        return await versions(restarted);
      } finally {
        await restarted.close();
      }
    };
    const afterStarts = [await startAgain(), await startAgain()];
    for (const listed of afterStarts) {
      expect(listed.filter((v) => v.year === own.year).map((v) => [v.version, v.title, v.loadedBy])).toEqual([[admins.body.version, `${own.title}（本单位录入）`, expect.any(String)]]);
      expect(listed.filter((v) => v.year === missing.year)).toEqual([
        expect.objectContaining({ version: admins.body.version + 1, notice: missing.notice, status: 'draft', inForce: false, loadedBy: null, content: missing }),
      ]);
    }
    expect(afterStarts[1]).toEqual(afterStarts[0]);
  });
});
