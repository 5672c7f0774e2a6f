import { In, IsNull, MoreThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { AnnualReportAmendmentEntity } from '../../../../libs/persistence/src/entities/annual-report-amendment.entity';
import { AnnualReportEntity } from '../../../../libs/persistence/src/entities/annual-report.entity';
import { AppError } from '../common/app-error';
import { BODY, reportTitle } from './report-scope';

/**
 * The PostgreSQL advisory lock of the published years: a guarded write holds it shared for its
 * transaction, a publication exclusively, so a write either commits before the publication counts
 * the records or sees the year locked. On SQLite every transaction of the process already runs alone.
 */
const YEAR_LOCK_KEY = 1_764_310_001;

const onPostgres = (manager: EntityManager) => manager.connection.options.type === 'postgres';

async function takeYearLock(manager: EntityManager, mode: 'shared' | 'exclusive'): Promise<void> {
  if (onPostgres(manager)) await manager.query(`SELECT pg_advisory_xact_lock${mode === 'shared' ? '_shared' : ''}($1)`, [YEAR_LOCK_KEY]);
}

/**
 * Refuses a change to figures a published report states, unless an amendment of that report
 * is open. The reports a record's change reaches are the body's and those of the unit the
 * record belongs to (`unitId`; null for a record of no unit). `andLater`: a request's dates
 * also move the carry-over rows of every year after (a request received or answered in 2024
 * is carried into 2025 until answered), so each published year from `year` on must be open.
 * Alone, outside a guarded write, it only previews (an import's rows listed before anything is
 * written): the write checks again under the lock.
 */
export async function assertYearOpen(manager: EntityManager, year: number, change: string, andLater: boolean, unitId: string | null): Promise<void> {
  const published = await manager.getRepository(AnnualReportEntity).find({
    select: { year: true, unitId: true, publishedAt: true },
    where: { year: andLater ? MoreThanOrEqual(year) : year, unitId: In(unitId ? [BODY, unitId] : [BODY]) },
    order: { year: 'ASC', unitId: 'ASC' },
  });
  for (const report of published) {
    const amending = await manager.getRepository(AnnualReportAmendmentEntity).exists({ where: { year: report.year, unitId: report.unitId, toVersion: IsNull() } });
    if (amending) continue;
    const scope = report.unitId === BODY ? '' : `?unitId=${report.unitId}`;
    throw new AppError(
      'YEAR_LOCKED',
      `${reportTitle(report.year, report.unitId)}已于${report.publishedAt.toISOString().slice(0, 10)}发布，${change}会改变其数据：` +
        `须先登记更正（POST /api/annual-reports/${report.year}/amendments${scope}，写明理由）`,
      [{ field: 'year', reason: `${reportTitle(report.year, report.unitId)}已发布并锁定` }],
    );
  }
}

export interface GuardedYear {
  year: number;
  /** What the write is, as the refusal says it. */
  change: string;
  andLater?: boolean;
  /** The unit the written record belongs to, whose own published report it also reaches; null or absent: the body's only. */
  unitId?: string | null;
}

/** Runs `write` in one transaction with the check that its year is open, so a publication cannot come between them. */
export function writeInOpenYear<T>(dataSource: DataSource, guarded: GuardedYear, write: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await checkInTransaction(manager, guarded);
    return write(manager);
  });
}

/** The check for a transaction the caller runs (one that retries, or writes more than the guarded row). */
export async function checkInTransaction(manager: EntityManager, { year, change, andLater = false, unitId = null }: GuardedYear): Promise<void> {
  await takeYearLock(manager, 'shared');
  await assertYearOpen(manager, year, change, andLater, unitId);
}

/**
 * SQLite: a write made by a workflow (a request's close) is outside the API's transactions, so
 * the API process keeps, per database, the closes in flight; a publication waits for them and
 * holds back new ones. (SQLite runs one API process; PostgreSQL's lock covers them all.)
 */
interface InProcessYearLock {
  publishing: Promise<void> | null;
  inFlight: Set<Promise<unknown>>;
}
const inProcess = new WeakMap<DataSource, InProcessYearLock>();
const inProcessLock = (dataSource: DataSource) => {
  let lock = inProcess.get(dataSource);
  if (!lock) inProcess.set(dataSource, (lock = { publishing: null, inFlight: new Set() }));
  return lock;
};

/**
 * Runs `act` (a workflow update whose activity writes the guarded row) after the check that its
 * year is open, with the lock held until the workflow has written: a publication comes before the
 * check or after the write. PostgreSQL: the advisory lock, shared, in a transaction of its own.
 */
export async function whileYearOpen<T>(dataSource: DataSource, guarded: GuardedYear, act: () => Promise<T>): Promise<T> {
  // The transaction only holds the lock (and ends it, however the connection fares); the workflow writes on its own.
  if (dataSource.options.type === 'postgres') return writeInOpenYear(dataSource, guarded, () => act());
  const { year, change, andLater = false, unitId = null } = guarded;
  const lock = inProcessLock(dataSource);
  while (lock.publishing) await lock.publishing;
  const running = assertYearOpen(dataSource.manager, year, change, andLater, unitId).then(act);
  lock.inFlight.add(running);
  try {
    return await running;
  } finally {
    lock.inFlight.delete(running);
  }
}

/** Runs a publication (its figures read and stored) in one transaction no guarded write overlaps. */
export async function publishingTransaction<T>(dataSource: DataSource, publish: (manager: EntityManager) => Promise<T>): Promise<T> {
  const lock = inProcessLock(dataSource);
  while (lock.publishing) await lock.publishing;
  let release!: () => void;
  lock.publishing = new Promise((resolve) => (release = resolve));
  try {
    await Promise.allSettled([...lock.inFlight]);
    return await dataSource.transaction(async (manager) => {
      await takeYearLock(manager, 'exclusive');
      return publish(manager);
    });
  } finally {
    lock.publishing = null;
    release();
  }
}
