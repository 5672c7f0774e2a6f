import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { factSentences } from '../../../../libs/domain/src/annual-report/fact-sentences';
import { figuresFromCounts, UncountableRecordError } from '../../../../libs/domain/src/annual-report/figures-from-counts';
import type { AnnualReportFigures, ReportNarrative } from '../../../../libs/domain/src/annual-report/report-figures';
import { renderReportText } from '../../../../libs/domain/src/annual-report/report-text-renderer';
import { AnnualReportAmendmentEntity } from '../../../../libs/persistence/src/entities/annual-report-amendment.entity';
import { AnnualReportTextEntity } from '../../../../libs/persistence/src/entities/annual-report-text.entity';
import { AnnualReportEntity } from '../../../../libs/persistence/src/entities/annual-report.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { checkFindings, renderReportDocx, renderReportHtml, type ReportUpload } from '../../../../libs/report-io/src';
import { seesAllUnits, unitScope } from '../common/access';
import type { Actor } from '../common/actor';
import { AppError, invalid } from '../common/app-error';
import type { AmendmentDto, ReportTextsDto } from './dto/report-generator.dto';
import { AnnualReportsService } from './annual-reports.service';
import { proactiveSection } from './proactive-section';
import { cellRecords, type CellRecords } from './report-cells';
import { countReportRecords } from './report-counts-query';
import { assertReconciled, reportViolations } from './reconciliation-gate';
import { BODY, reportTitle } from './report-scope';
import { publishingTransaction, writeInOpenYear } from './year-lock';
import { DOCX } from '../../../../libs/domain/src/text/office-media-types';

export interface ReportExport {
  content: Buffer | string;
  mediaType: string;
  fileName: string;
}

const MEDIA_TYPES = {
  docx: DOCX,
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
} as const;

/** Where a unit's own report stands: no draft, a draft whose rules break, a draft that reconciles, published. */
export type UnitReportState = 'not_started' | 'drafted' | 'reconciled' | 'published';

const publicationOf = (p: AnnualReportEntity | null) =>
  p ? { version: p.version, publishedBy: p.publishedBy, publishedAt: p.publishedAt.toISOString(), importedFrom: p.importedFrom ?? null } : null;

const amendmentOf = (a: AnnualReportAmendmentEntity) => ({
  id: a.id,
  year: a.year,
  unitId: a.unitId === BODY ? null : a.unitId,
  reason: a.reason,
  fromVersion: a.fromVersion,
  toVersion: a.toVersion,
  open: a.toVersion === null,
  openedBy: a.openedBy,
  openedAt: a.openedAt.toISOString(),
  closedAt: a.closedAt?.toISOString() ?? null,
});

/**
 * Generates a year's report from the records, gates it on the reconciliation rules, and
 * publishes and locks it: the body's report, which adds up every unit, or one unit's own
 * (`unitId`), each with its own texts, publication, lock and amendments.
 */
@Injectable()
export class ReportGeneratorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly checker: AnnualReportsService,
  ) {}

  /** A unit's people see their own unit's figures; organisation-wide readers any unit's or the body's. */
  private scopeOf(actor: Actor, unitId: string | undefined): string | undefined {
    const own = unitScope(actor);
    if (own === null) return unitId;
    if (unitId !== undefined && unitId !== own) throw new AppError('UNIT_SCOPE', '只能查看和编写本单位的年度报告');
    return own;
  }

  private assertBodyWide(actor: Actor): void {
    if (!seesAllUnits(actor)) throw new AppError('UNIT_SCOPE', '本机关的年度报告由政务公开办和审计员查阅');
  }

  async figures(actor: Actor, year: number, unitId?: string) {
    const scope = this.scopeOf(actor, unitId);
    const figures = await this.generate(year, scope);
    const publication = await this.published(year, scope);
    const lastYear = await this.publishedFigures(year - 1, scope);
    return {
      unitId: scope ?? null,
      publication: publicationOf(publication),
      locked: publication !== null && !(await this.openAmendment(year, scope)),
      lastYearPublished: lastYear !== undefined,
      violations: reportViolations(figures, lastYear),
      figures,
    };
  }

  /**
   * Every active unit's own report of the year, for the office: not started (no texts), drafted
   * (texts, a rule breaking), reconciled (texts, every rule holding), published; with its errors
   * and warnings counted as the gate counts them.
   */
  async unitStates(actor: Actor, year: number) {
    this.assertBodyWide(actor);
    const units = await this.dataSource.getRepository(UnitEntity).find({ where: { active: true }, order: { name: 'ASC', id: 'ASC' } });
    const states = [];
    for (const unit of units) {
      const [text, publication] = await Promise.all([this.storedTexts(year, unit.id), this.published(year, unit.id)]);
      const figures = await this.withTexts(year, await this.generate(year, unit.id), unit.id);
      const violations = reportViolations(figures, await this.publishedFigures(year - 1, unit.id));
      const errors = violations.filter((v) => v.severity === 'error').length;
      const state: UnitReportState = publication ? 'published' : !text ? 'not_started' : errors > 0 ? 'drafted' : 'reconciled';
      states.push({
        unitId: unit.id,
        unitName: unit.name,
        state,
        locked: publication !== null && !(await this.openAmendment(year, unit.id)),
        publication: publicationOf(publication),
        errors,
        warnings: violations.length - errors,
        textsUpdatedAt: text?.updatedAt.toISOString() ?? null,
      });
    }
    return { year, units: states };
  }

  async cell(actor: Actor, year: number, row: string, column: string, unitId?: string): Promise<CellRecords> {
    return cellRecords(this.dataSource, year, row, column, this.scopeOf(actor, unitId));
  }

  async texts(actor: Actor, year: number, unitId?: string) {
    const scope = this.scopeOf(actor, unitId);
    const stored = await this.storedTexts(year, scope);
    return {
      year,
      unitId: scope ?? null,
      bodyName: stored?.bodyName ?? (await this.defaultBodyName(scope)),
      overview: stored?.overview ?? '',
      problems: stored?.problems ?? '',
      otherMatters: stored?.otherMatters ?? '',
      updatedBy: stored?.updatedBy ?? null,
      updatedAt: stored?.updatedAt.toISOString() ?? null,
    };
  }

  /** The office writes any report's texts; a unit's contact writes their own unit's. */
  async putTexts(actor: Actor, year: number, dto: ReportTextsDto, unitId?: string) {
    const scope = this.scopeOf(actor, unitId);
    if (scope !== undefined) await this.assertKnownUnit(scope);
    const bodyName = dto.bodyName?.trim() || (await this.defaultBodyName(scope));
    await writeInOpenYear(this.dataSource, { year, change: '修改报告正文', unitId: scope ?? null }, (manager) =>
      manager.getRepository(AnnualReportTextEntity).save({
        year,
        unitId: scope ?? BODY,
        bodyName,
        overview: dto.overview.trim(),
        problems: dto.problems.trim(),
        otherMatters: dto.otherMatters.trim(),
        updatedBy: actor.personId,
        updatedAt: new Date(),
      }),
    );
    return this.texts(actor, year, scope);
  }

  async suggestions(actor: Actor, year: number, unitId?: string) {
    const scope = this.scopeOf(actor, unitId);
    return { year, unitId: scope ?? null, section: 'overview', sentences: factSentences(await this.generate(year, scope)) };
  }

  async export(actor: Actor, year: number, format: keyof typeof MEDIA_TYPES, unitId?: string): Promise<ReportExport> {
    const scope = this.scopeOf(actor, unitId);
    const figures = await this.withTexts(year, await this.generate(year, scope), scope);
    assertReconciled(figures, await this.publishedFigures(year - 1, scope), '导出');
    const fileName = `${figures.bodyName}${year}年政府信息公开工作年度报告.${format}`;
    const content =
      format === 'docx' ? await renderReportDocx(figures) : format === 'html' ? renderReportHtml(figures) : renderReportText(figures);
    return { content, mediaType: MEDIA_TYPES[format], fileName };
  }

  /** The figures are read and stored under the year lock: a write racing the publication lands before it, or is refused. */
  async publish(actor: Actor, year: number, unitId?: string) {
    if (unitId !== undefined) await this.assertKnownUnit(unitId);
    const figures = await publishingTransaction(this.dataSource, async (manager) => {
      const lock = await this.lockBlocker(year, unitId, manager);
      if (lock) throw new AppError('YEAR_LOCKED', lock);
      const generated = await this.withTexts(year, await this.generate(year, unitId, manager), unitId, manager);
      assertReconciled(generated, await this.publishedFigures(year - 1, unitId, manager), '发布');
      await this.store(manager, actor, year, generated, null, unitId);
      return generated;
    });
    return { year, unitId: unitId ?? null, publication: publicationOf(await this.published(year, unitId)), locked: true, figures };
  }

  /**
   * What a published report file would become as the year's publication: the figures read,
   * its errors and warnings, and why it cannot be imported (another year, an error, the
   * year already published and not under amendment). Stores nothing.
   */
  async importPreview(year: number, upload: ReportUpload, unitId?: string) {
    if (unitId !== undefined) await this.assertKnownUnit(unitId);
    const check = await this.checker.check(upload);
    const { errors, warnings } = checkFindings(check);
    const lock = await this.lockBlocker(year, unitId);
    const blockers = [
      ...(check.figures.year !== year ? [`文件是${check.figures.year}年度的报告，不是${year}年度的`] : []),
      ...(errors.length > 0 ? [`报告有${errors.length}处错误，不能作为已发布的数据：${errors.map((e) => e.message).join('；')}`] : []),
      ...(lock ? [lock] : []),
    ];
    return { year, unitId: unitId ?? null, fileName: check.fileName, format: check.format, importable: blockers.length === 0, blockers, figures: check.figures, errors, warnings };
  }

  /** Stores a report published outside the system as the year's publication, which locks the year. */
  async importPublished(actor: Actor, year: number, upload: ReportUpload, unitId?: string) {
    const preview = await this.importPreview(year, upload, unitId);
    if (!preview.importable) {
      const code = preview.figures.year !== year ? 'VALIDATION_FAILED' : preview.errors.length > 0 ? 'REPORT_NOT_RECONCILED' : 'YEAR_LOCKED';
      throw new AppError(code, `不能导入为${year}年度已发布的报告：${preview.blockers.join('；')}`, preview.blockers.map((reason) => ({ field: 'file', reason })));
    }
    // The file is read outside the lock; whether the year is still open is asked again under it.
    await publishingTransaction(this.dataSource, async (manager) => {
      const lock = await this.lockBlocker(year, unitId, manager);
      if (lock) throw new AppError('YEAR_LOCKED', lock, [{ field: 'file', reason: lock }]);
      await this.store(manager, actor, year, preview.figures, upload.fileName ?? '', unitId);
    });
    return { year, unitId: unitId ?? null, publication: publicationOf(await this.published(year, unitId)), locked: true, figures: preview.figures };
  }

  /** Why the report cannot be published again: published and no amendment open. */
  private async lockBlocker(year: number, unitId?: string, db: EntityManager = this.dataSource.manager): Promise<string | null> {
    const current = await this.published(year, unitId, db);
    if (!current || (await this.openAmendment(year, unitId, db))) return null;
    const scope = unitId === undefined ? '' : `?unitId=${unitId}`;
    return `${reportTitle(year, unitId ?? BODY)}已发布（第${current.version}版）；更正须先登记（POST /api/annual-reports/${year}/amendments${scope}）`;
  }

  /** The report's next version, closing the amendment it answers, in the publication's transaction. */
  private async store(manager: EntityManager, actor: Actor, year: number, figures: AnnualReportFigures, importedFrom: string | null, unitId?: string): Promise<void> {
    const current = await this.published(year, unitId, manager);
    const amendment = await this.openAmendment(year, unitId, manager);
    const version = (current?.version ?? 0) + 1;
    const now = new Date();
    await manager
      .getRepository(AnnualReportEntity)
      .save({ year, unitId: unitId ?? BODY, figures: JSON.stringify(figures), version, publishedBy: actor.personId, publishedAt: now, importedFrom });
    if (amendment) await manager.getRepository(AnnualReportAmendmentEntity).update({ id: amendment.id }, { toVersion: version, closedAt: now });
  }

  async amend(actor: Actor, year: number, dto: AmendmentDto, unitId?: string) {
    const title = reportTitle(year, unitId ?? BODY);
    const current = await this.published(year, unitId);
    if (!current) throw new AppError('REPORT_NOT_PUBLISHED', `${title}尚未发布，可直接修改，无需登记更正`);
    if (await this.openAmendment(year, unitId)) throw new AppError('CONFLICT', `${title}已有一项更正在办理，重新发布后方可再登记`);
    const amendment = {
      id: randomUUID(),
      year,
      unitId: unitId ?? BODY,
      reason: dto.reason.trim(),
      fromVersion: current.version,
      toVersion: null,
      openedBy: actor.personId,
      openedAt: new Date(),
      closedAt: null,
    };
    await this.dataSource.getRepository(AnnualReportAmendmentEntity).insert(amendment);
    return amendmentOf(amendment as AnnualReportAmendmentEntity);
  }

  async amendments(actor: Actor, year: number, unitId?: string) {
    const scope = this.scopeOf(actor, unitId);
    const rows = await this.dataSource.getRepository(AnnualReportAmendmentEntity).find({ where: { year, unitId: scope ?? BODY }, order: { openedAt: 'ASC', id: 'ASC' } });
    return rows.map(amendmentOf);
  }

  /** Every reader below reads through `db`: a publication's own transaction, which holds the year lock. */
  private async generate(year: number, unitId?: string, db: EntityManager = this.dataSource.manager): Promise<AnnualReportFigures> {
    if (unitId !== undefined) await this.assertKnownUnit(unitId, db);
    const [counts, proactive] = await Promise.all([countReportRecords(db, year, unitId), proactiveSection(db, year, unitId)]);
    const bodyName = (await this.storedTexts(year, unitId, db))?.bodyName ?? (await this.defaultBodyName(unitId, db));
    try {
      return figuresFromCounts(year, bodyName, counts, proactive);
    } catch (error) {
      if (error instanceof UncountableRecordError) throw new AppError('REPORT_NOT_RECONCILED', `记录无法计入年度报告：${error.message}`);
      throw error;
    }
  }

  private async withTexts(year: number, figures: AnnualReportFigures, unitId?: string, db: EntityManager = this.dataSource.manager): Promise<AnnualReportFigures> {
    const stored = await this.storedTexts(year, unitId, db);
    const narrative: ReportNarrative = stored ? { overview: stored.overview, problems: stored.problems, otherMatters: stored.otherMatters } : {};
    return { ...figures, narrative };
  }

  private storedTexts(year: number, unitId?: string, db: EntityManager = this.dataSource.manager): Promise<AnnualReportTextEntity | null> {
    return db.getRepository(AnnualReportTextEntity).findOne({ where: { year, unitId: unitId ?? BODY } });
  }

  private async assertKnownUnit(unitId: string, db: EntityManager = this.dataSource.manager): Promise<void> {
    if (!(await db.getRepository(UnitEntity).exists({ where: { id: unitId } }))) throw invalid('unitId', '不是已知的单位');
  }

  /** A unit's report is titled with its name; the body's with the unit at the top of the registry, when there is exactly one. */
  private async defaultBodyName(unitId?: string, db: EntityManager = this.dataSource.manager): Promise<string> {
    if (unitId !== undefined) return (await db.getRepository(UnitEntity).findOne({ where: { id: unitId } }))?.name ?? '';
    const roots = await db.getRepository(UnitEntity).find({ where: { parentId: IsNull() }, take: 2 });
    return roots.length === 1 ? roots[0].name : '';
  }

  private published(year: number, unitId?: string, db: EntityManager = this.dataSource.manager): Promise<AnnualReportEntity | null> {
    return db.getRepository(AnnualReportEntity).findOne({ where: { year, unitId: unitId ?? BODY } });
  }

  private async publishedFigures(year: number, unitId?: string, db: EntityManager = this.dataSource.manager): Promise<AnnualReportFigures | undefined> {
    const report = await this.published(year, unitId, db);
    return report ? (JSON.parse(report.figures) as AnnualReportFigures) : undefined;
  }

  private openAmendment(year: number, unitId?: string, db: EntityManager = this.dataSource.manager): Promise<AnnualReportAmendmentEntity | null> {
    return db.getRepository(AnnualReportAmendmentEntity).findOne({ where: { year, unitId: unitId ?? BODY, toVersion: IsNull() } });
  }
}
