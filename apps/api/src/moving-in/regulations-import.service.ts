import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { isIsoDate, shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import { IN_FORCE_DOCUMENT_COLUMNS, IN_FORCE_DOCUMENT_REQUIRED } from '../../../../libs/domain/src/proactive/in-force-documents';
import type { RowError } from '../../../../libs/domain/src/registry/import-rows';
import { DOCUMENT_TYPES } from '../../../../libs/domain/src/signoff/disclosure-attribute';
import { ImportedDocumentEntity } from '../../../../libs/persistence/src/entities/imported-document.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import type { Actor } from '../common/actor';
import { importRejected, readXlsxTable, sheetColumns } from '../common/sheet-import';

const COLUMNS = IN_FORCE_DOCUMENT_COLUMNS;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = IN_FORCE_DOCUMENT_REQUIRED;
const WHAT = '现行有效规章和规范性文件';

/** 规章 and 行政规范性文件 by their label or code: the two kinds section 二 counts. */
const typeByText = new Map<string, 'regulation' | 'normative_document'>([
  ['regulation', 'regulation'],
  ['normative_document', 'normative_document'],
  [DOCUMENT_TYPES.regulation, 'regulation'],
  [DOCUMENT_TYPES.normative_document, 'normative_document'],
]);

export interface RegulationsImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  /** What section 二 gains, by kind. */
  regulations: number;
  normativeDocuments: number;
}

/** Regulations and normative documents in force before the office moved in: all or nothing, previewed first. */
@Injectable()
export class RegulationsImportService {
  constructor(private readonly dataSource: DataSource) {}

  async import(actor: Actor, content: Buffer, fileName: string, dryRun: boolean): Promise<RegulationsImportResult> {
    const table = await readXlsxTable(content, fileName, WHAT);
    const cell = sheetColumns(table, COLUMNS, REQUIRED, WHAT);
    const units = new Map((await this.dataSource.getRepository(UnitEntity).find()).map((u) => [u.name, u]));
    const imported = new Set((await this.dataSource.getRepository(ImportedDocumentEntity).find()).map((d) => `${d.documentType}\u0000${d.number}`));
    const today = shanghaiDate(new Date());
    const errors: RowError[] = [];
    const firstRow = new Map<string, number>();
    const rows: Array<Omit<ImportedDocumentEntity, 'id' | 'importedBy' | 'createdAt'>> = [];
    for (const { rowNumber: row, cells } of table.rows) {
      const before = errors.length;
      const fail = (field: Column, reason: string) => errors.push({ row, field, reason });
      const typeText = cell(cells, 'type');
      const documentType = typeByText.get(typeText);
      if (!documentType) fail('type', `类型“${typeText}”应为“规章”或“行政规范性文件”`);
      const title = cell(cells, 'title');
      if (title === '') fail('title', '名称不能为空');
      else if (title.length > 200) fail('title', '名称不能超过200字');
      const number = cell(cells, 'number');
      if (number === '') fail('number', '文号不能为空');
      else if (number.length > 100) fail('number', '文号不能超过100字');
      const issuedOn = cell(cells, 'issuedOn');
      if (!isIsoDate(issuedOn)) fail('issuedOn', `印发日期“${issuedOn}”不是有效日期（应为 YYYY-MM-DD）`);
      else if (issuedOn > today) fail('issuedOn', `印发日期 ${issuedOn} 晚于今天`);
      const unitName = cell(cells, 'unit');
      const unit = units.get(unitName);
      if (!unit) fail('unit', unitName === '' ? '制发单位不能为空' : `单位“${unitName}”不存在`);
      if (documentType && number) {
        const key = `${documentType}\u0000${number}`;
        if (firstRow.has(key)) fail('number', `与第${firstRow.get(key)}行文号重复`);
        else if (imported.has(key)) fail('number', `文号“${number}”已导入`);
        else firstRow.set(key, row);
      }
      if (errors.length === before) rows.push({ documentType: documentType!, title, number, issuedOn, unitId: unit!.id, repealedOn: null });
    }
    if (table.rows.length === 0) errors.push({ row: table.headerRowNumber + 1, reason: '文件中没有文件' });
    if (errors.length) throw importRejected(WHAT, errors);
    const result = {
      dryRun,
      rows: rows.length,
      created: dryRun ? 0 : rows.length,
      regulations: rows.filter((r) => r.documentType === 'regulation').length,
      normativeDocuments: rows.filter((r) => r.documentType === 'normative_document').length,
    };
    if (dryRun) return result;
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(ImportedDocumentEntity);
      for (const row of rows) await repo.insert({ id: randomUUID(), ...row, importedBy: actor.personId, createdAt: now });
    });
    return result;
  }
}
