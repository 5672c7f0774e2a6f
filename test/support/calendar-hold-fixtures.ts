import { BUNDLED_CALENDAR_YEARS } from '../../libs/domain/src/calendar/data';
import { loadYear, nthWorkedDayAfter, plusDays, workedOn, workingDaysAgo, type YearRules } from './calendar-fixtures';
import { recordTypes, registerRequest, type RequestWorld } from './request-fixtures';
import { waitFor } from './wait-for';

/**
 * A request received 25 working days ago (its breach recorded at once), then a correcting notice
 * published that makes its due day a holiday: the request holds its date for a coordinator. The
 * year is the due day's, corrected when it is shipped and made up when not. Dates are counted
 * here, by the test's own loop.
 */
export async function heldRequest(w: RequestWorld) {
  const shipped = new Map<number, YearRules>(BUNDLED_CALENDAR_YEARS.map((y) => [y.year, y]));
  const receivedOn = workingDaysAgo(25);
  const oldDue = nthWorkedDayAfter(receivedOn, 20, workedOn(shipped));
  const made = await registerRequest(w, { unitId: w.bureau.id, receivedOn }, w.coordinator.auth);
  if (made.status !== 201) throw new Error(`registering the request: ${made.status} ${JSON.stringify(made.body)}`);
  const request = made.body as { id: string; number: string };
  await waitFor('the breach to be recorded', async () => (await recordTypes(w, request.id)).includes('breach_recorded'));

  const year = Number(oldDue.slice(0, 4));
  const amendment = { notice: `测试更正〔${year}〕1号`, title: `测试用：关于调整${year}年部分节假日安排的通知（虚构）`, published: plusDays(oldDue, -30) };
  const base = BUNDLED_CALENDAR_YEARS.find((y) => y.year === year);
  const holiday = { name: '测试补假', from: oldDue, to: oldDue };
  const file = base
    ? { ...base, amendments: [...(base.amendments ?? []), amendment], holidays: [...base.holidays, { ...holiday, amendedBy: amendment.notice }] }
    : { year, notice: amendment.notice, title: amendment.title, published: `${year - 1}-10-15`, holidays: [holiday], makeupWorkdays: [] };
  const newDue = nthWorkedDayAfter(receivedOn, 20, workedOn(new Map(shipped).set(year, file)));
  const loaded = await loadYear(w.api, JSON.parse(JSON.stringify(file)) as Record<string, unknown>);
  if (loaded.status !== 201) throw new Error(`loading the correction: ${loaded.status} ${JSON.stringify(loaded.body)}`);
  const version = loaded.body.version as number;
  const published = await w.api.http.post(`/calendar/versions/${version}/publish`).set('authorization', w.api.adminAuth);
  if (published.status !== 200) throw new Error(`publishing the correction: ${published.status} ${JSON.stringify(published.body)}`);
  return { request, oldDue, newDue, version, notice: file.notice, published: published.body as { moves: unknown[] } };
}
