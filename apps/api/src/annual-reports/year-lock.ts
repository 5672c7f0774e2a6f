import { IsNull, MoreThanOrEqual, type DataSource } from 'typeorm';
import { AnnualReportAmendmentEntity } from '../../../../libs/persistence/src/entities/annual-report-amendment.entity';
import { AnnualReportEntity } from '../../../../libs/persistence/src/entities/annual-report.entity';
import { AppError } from '../common/app-error';

/**
 * Refuses a change to figures a published report states, unless an amendment of that year
 * is open. `andLater`: a request's dates also move the carry-over rows of every year after
 * (a request received or answered in 2024 is carried into 2025 until answered), so each
 * published year from `year` on must be open.
 */
export async function assertYearOpen(dataSource: DataSource, year: number, change: string, andLater = false): Promise<void> {
  const published = await dataSource.getRepository(AnnualReportEntity).find({
    select: { year: true, publishedAt: true },
    where: { year: andLater ? MoreThanOrEqual(year) : year },
    order: { year: 'ASC' },
  });
  for (const report of published) {
    const amending = await dataSource
      .getRepository(AnnualReportAmendmentEntity)
      .exists({ where: { year: report.year, toVersion: IsNull() } });
    if (amending) continue;
    throw new AppError(
      'YEAR_LOCKED',
      `${report.year}年度报告已于${report.publishedAt.toISOString().slice(0, 10)}发布，${change}会改变其数据：` +
        `须先登记更正（POST /api/annual-reports/${report.year}/amendments，写明理由）`,
      [{ field: 'year', reason: `${report.year} 年度报告已发布并锁定` }],
    );
  }
}
