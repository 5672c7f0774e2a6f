import type { DataSource } from 'typeorm';
import type { CalendarActivities } from '../../contracts/src/calendar-activities';
import { calendarVersion } from '../../domain/src/calendar/calendar-version';
import { calendarInForce } from '../../persistence/src/calendar-store';

export function createCalendarActivities(dataSource: DataSource): CalendarActivities {
  return {
    async calendarInForce() {
      const inForce = await calendarInForce(dataSource);
      const years = inForce.map((v) => v.content);
      return { label: calendarVersion(years), versions: inForce.map((v) => ({ version: v.version, year: v.year, notice: v.notice })), years };
    },
  };
}
