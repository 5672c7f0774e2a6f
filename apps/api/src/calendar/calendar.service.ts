import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CalendarDataError } from '../../../../libs/domain/src/calendar/errors';
import { installCalendar } from '../../../../libs/domain/src/calendar/default-calendar';
import { calendarInForce, calendarVersions, loadCalendarYear } from '../../../../libs/persistence/src/calendar-store';
import type { CalendarVersionEntity } from '../../../../libs/persistence/src/entities/calendar-version.entity';
import { AppError } from '../common/app-error';
import type { CalendarLoadDto, CalendarVersionDto } from './calendar.dto';

export function toCalendarVersionDto(v: CalendarVersionEntity, inForce: ReadonlySet<number>): CalendarVersionDto {
  return {
    version: v.version,
    year: v.year,
    notice: v.notice,
    title: v.title,
    published: v.published,
    status: v.status,
    inForce: inForce.has(v.version),
    contentHash: v.contentHash,
    loadedBy: v.loadedBy,
    loadedAt: v.loadedAt.toISOString(),
    publishedAt: v.publishedAt?.toISOString() ?? null,
    content: v.content,
  };
}

/** The refusal of a year file: every fault with its JSON path, nothing stored. */
export function calendarRefusal(error: CalendarDataError): AppError {
  return new AppError(
    'CALENDAR_DATA_INVALID',
    `节假日安排文件有 ${error.faults.length} 处错误，未保存`,
    error.faults.map((f) => ({ field: f.field, reason: f.reason })),
  );
}

@Injectable()
export class CalendarService implements OnModuleInit {
  constructor(private readonly dataSource: DataSource) {}

  /** The API's clocks (working days left, 三色) read the years the database holds. */
  async onModuleInit(): Promise<void> {
    await this.install();
  }

  async install(): Promise<void> {
    installCalendar((await calendarInForce(this.dataSource)).map((v) => v.content));
  }

  async load(year: number, body: unknown, loadedBy: string): Promise<CalendarLoadDto> {
    const given = (body as { year?: unknown } | null)?.year;
    if (given !== undefined && given !== year) {
      throw new AppError('CALENDAR_DATA_INVALID', `文件中的年份 ${String(given)} 与地址中的 ${year} 不一致`, [{ field: 'year', reason: `must be ${year}, the year in the address` }]);
    }
    const inForce = await calendarInForce(this.dataSource);
    const first = inForce[0].year;
    const last = inForce[inForce.length - 1].year;
    if (year < first || year > last + 1) {
      throw new AppError('CALENDAR_DATA_INVALID', `只能载入已有年份（${first}–${last}）或下一年（${last + 1}）的节假日安排`, [
        { field: 'year', reason: `must be from ${first} to ${last + 1}: the calendar covers consecutive years` },
      ]);
    }
    try {
      const { version, created } = await loadCalendarYear(this.dataSource, body, loadedBy, `${year}.json`);
      return { ...toCalendarVersionDto(version, new Set(inForce.map((v) => v.version))), created };
    } catch (error) {
      if (error instanceof CalendarDataError) throw calendarRefusal(error);
      throw error;
    }
  }

  async list(): Promise<CalendarVersionDto[]> {
    const inForce = new Set((await calendarInForce(this.dataSource)).map((v) => v.version));
    return (await calendarVersions(this.dataSource)).map((v) => toCalendarVersionDto(v, inForce));
  }
}
