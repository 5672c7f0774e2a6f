import type { DataSource, EntityManager } from 'typeorm';
import type { CalendarYearData } from '../../domain/src/calendar/calendar-year-data';
import { yearContentHash } from '../../domain/src/calendar/calendar-version';
import { yearGap } from '../../domain/src/calendar/calendar-years';
import { CalendarDataError } from '../../domain/src/calendar/errors';
import { parseCalendarYear } from '../../domain/src/calendar/parse-calendar-year';
import { CalendarVersionEntity } from './entities/calendar-version.entity';

export interface CalendarLoad {
  version: CalendarVersionEntity;
  /** False when the year's latest version already holds this content: nothing was stored. */
  created: boolean;
}

/**
 * Stores a year file as a new draft version after checking it in full (a CalendarDataError lists
 * every fault, nothing stored). The same content as the year's latest version is that version.
 * The year must be one the database holds (in any version) or the next: the API, the CLI and the
 * start-up load of shipped years all come through here.
 */
export async function loadCalendarYear(dataSource: DataSource, json: unknown, loadedBy: string | null, source: string): Promise<CalendarLoad> {
  const data = parseCalendarYear(json, source);
  const contentHash = yearContentHash(data);
  return dataSource.transaction(async (manager) => {
    const repo = manager.getRepository(CalendarVersionEntity);
    const gap = yearGap(data.year, await heldYears(manager));
    if (gap) throw new CalendarDataError(source, [{ field: 'year', reason: gap }]);
    const latest = await repo.findOne({ where: { year: data.year }, order: { version: 'DESC' } });
    if (latest?.contentHash === contentHash) return { version: latest, created: false };
    const last = await repo.createQueryBuilder('v').select('MAX(v.version)', 'max').getRawOne<{ max: number | null }>();
    const version = repo.create({
      version: Number(last?.max ?? 0) + 1,
      year: data.year,
      notice: data.notice,
      title: data.title,
      published: data.published,
      contentHash,
      content: data,
      status: 'draft',
      loadedBy,
      loadedAt: new Date(),
      publishedAt: null,
    });
    await repo.insert(version);
    return { version, created: true };
  });
}

/** The years the database holds in any version, drafts included. */
async function heldYears(manager: DataSource | EntityManager): Promise<number[]> {
  const held = await manager.getRepository(CalendarVersionEntity).createQueryBuilder('v').select('DISTINCT v.year', 'year').getRawMany<{ year: number }>();
  return held.map((h) => Number(h.year));
}

export interface ShippedLoad {
  loaded: CalendarVersionEntity[];
  /** A shipped year that cannot join the years held (one before the first): left out, with why. */
  refused: CalendarDataError[];
}

/**
 * The years a release ships that the database holds in no version, each loaded as a draft
 * (loadedBy null, as shipped) for an admin to preview and publish: the migration seeds a new
 * database once, and a year file shipped in a later release reaches an existing one this way.
 * A year the database holds in any version, an admin's load included, is left as it is.
 */
export async function loadShippedYears(dataSource: DataSource, shipped: readonly CalendarYearData[]): Promise<ShippedLoad> {
  const result: ShippedLoad = { loaded: [], refused: [] };
  const held = new Set(await heldYears(dataSource));
  for (const year of [...shipped].sort((a, b) => a.year - b.year).filter((y) => !held.has(y.year))) {
    try {
      result.loaded.push((await loadCalendarYear(dataSource, year, null, `${year.year}.json`)).version);
    } catch (error) {
      if (error instanceof CalendarDataError) result.refused.push(error);
      // Another API process starting at the same moment has loaded it.
      else if (!(await heldYears(dataSource)).includes(year.year)) throw error;
    }
  }
  return result;
}

/** Every version, oldest first. */
export function calendarVersions(dataSource: DataSource): Promise<CalendarVersionEntity[]> {
  return dataSource.getRepository(CalendarVersionEntity).find({ order: { version: 'ASC' } });
}

/** The years in force: each year's latest published version, in year order. */
export async function calendarInForce(manager: DataSource | EntityManager): Promise<CalendarVersionEntity[]> {
  const published = await manager.getRepository(CalendarVersionEntity).find({ where: { status: 'published' }, order: { version: 'ASC' } });
  const byYear = new Map<number, CalendarVersionEntity>();
  for (const v of published) byYear.set(v.year, v);
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The years as they would be with `candidate` in force for its year. */
export function yearsWith(inForce: readonly CalendarVersionEntity[], candidate: CalendarVersionEntity): CalendarYearData[] {
  return [...inForce.filter((v) => v.year !== candidate.year), candidate].sort((a, b) => a.year - b.year).map((v) => v.content);
}
