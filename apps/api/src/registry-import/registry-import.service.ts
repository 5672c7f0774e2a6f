import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import {
  ImportTable,
  PersonImportRow,
  RowError,
  UnitImportRow,
  unitsInParentOrder,
  validatePersonRows,
  validateUnitRows,
} from '../../../../libs/domain/src/registry/import-rows';
import { personShapeIssues } from '../../../../libs/domain/src/registry/person-rules';
import { PersonEntity } from '../../../../libs/persistence/src/entities/person.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { readTable, SpreadsheetError } from '../../../../libs/spreadsheet/src';
import type { Actor } from '../common/actor';
import { AppError } from '../common/app-error';
import { importedUnitProblem } from '../units/active-unit';

export interface ImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
}

function rejected(kind: string, errors: RowError[]): AppError {
  const sorted = [...errors].sort((a, b) => a.row - b.row);
  return new AppError(
    'IMPORT_REJECTED',
    `${kind === 'units' ? '单位' : '人员'}文件有 ${sorted.length} 处问题，未导入任何内容`,
    sorted.map((e) => ({ row: e.row, field: e.field ?? 'row', reason: e.reason })),
  );
}

async function tableOf(content: Buffer, fileName: string): Promise<ImportTable> {
  try {
    return await readTable(content, fileName);
  } catch (error) {
    if (error instanceof SpreadsheetError) {
      const code = error.code === 'UNSUPPORTED_FORMAT' ? 'UNSUPPORTED_MEDIA_TYPE' : 'VALIDATION_FAILED';
      throw new AppError(code, error.message, [{ field: 'file', reason: error.message }]);
    }
    throw error;
  }
}

/**
 * The file's own cycles are found by validateUnitRows; a parent outside the file may already hang
 * below a row of it, so walk up the tree the import would leave (the file's parents first, then the
 * registered ones) and refuse what PATCH /units refuses too.
 */
async function cyclesThroughRegistry(repo: Repository<UnitEntity>, rows: UnitImportRow[]): Promise<RowError[]> {
  const registered = await repo.find({ select: { id: true, name: true, parentId: true } });
  const nameById = new Map(registered.map((u) => [u.id, u.name]));
  const registeredParent = new Map(registered.map((u) => [u.name, u.parentId ? (nameById.get(u.parentId) ?? null) : null]));
  const fileParent = new Map(rows.map((r) => [r.name, r.parentName]));
  const parentOf = (name: string) => (fileParent.has(name) ? fileParent.get(name)! : (registeredParent.get(name) ?? null));
  const errors: RowError[] = [];
  for (const row of rows) {
    const chain = [row.name];
    for (let cursor = row.parentName; cursor !== null && chain.length <= registered.length + rows.length; cursor = parentOf(cursor)) {
      chain.push(cursor);
      if (cursor === row.name) {
        errors.push({ row: row.row, field: 'parent', reason: `上级单位形成循环：${chain.join(' → ')}` });
        break;
      }
    }
  }
  return errors;
}

/** All or nothing: every bad row is listed, and a file with one bad row writes no row at all. */
@Injectable()
export class RegistryImportService {
  constructor(private readonly dataSource: DataSource) {}

  async importUnits(content: Buffer, fileName: string, dryRun: boolean): Promise<ImportResult> {
    const { rows, errors } = validateUnitRows(await tableOf(content, fileName));
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(UnitEntity);
      const names = new Set(rows.flatMap((r) => [r.name, r.parentName ?? '']).filter(Boolean));
      const existing = new Map((await repo.find({ where: { name: In([...names]) } })).map((u) => [u.name, u]));
      const inFile = new Set(rows.map((r) => r.name));
      for (const row of rows) {
        if (row.parentName && !inFile.has(row.parentName)) {
          const problem = importedUnitProblem(row.parentName, existing.get(row.parentName), '上级单位');
          if (problem) errors.push({ row: row.row, field: 'parent', reason: problem });
        }
      }
      errors.push(...(await cyclesThroughRegistry(repo, rows)));
      if (errors.length) throw rejected('units', errors);
      let created = 0;
      const now = new Date();
      for (const row of unitsInParentOrder(rows)) {
        const parentId = row.parentName ? existing.get(row.parentName)!.id : null;
        const fields = { parentId, contactEmails: row.contactEmails, contactPhone: row.contactPhone, leaderEmail: row.leaderEmail, updatedAt: now };
        const current = existing.get(row.name);
        if (current) {
          if (!dryRun) await repo.update({ id: current.id }, fields);
        } else {
          const unit = { id: randomUUID(), name: row.name, active: true, createdAt: now, ...fields };
          if (!dryRun) await repo.insert(unit);
          existing.set(row.name, unit as UnitEntity);
          created += 1;
        }
      }
      return { dryRun, rows: rows.length, created, updated: rows.length - created };
    });
  }

  async importPeople(actor: Actor, content: Buffer, fileName: string, dryRun: boolean): Promise<ImportResult> {
    const { rows, errors } = validatePersonRows(await tableOf(content, fileName));
    return this.dataSource.transaction(async (manager) => {
      const units = await this.unitsByName(manager, rows);
      const existing = new Map(
        (await manager.getRepository(PersonEntity).find({ where: { email: In(rows.map((r) => r.email)) } })).map((p) => [p.email, p]),
      );
      for (const row of rows) errors.push(...this.personRowIssues(actor, row, units, existing.get(row.email)));
      if (errors.length) throw rejected('people', errors);
      const repo = manager.getRepository(PersonEntity);
      const now = new Date();
      let created = 0;
      for (const row of rows) {
        const fields = {
          name: row.name,
          unitId: row.unitName ? units.get(row.unitName)!.id : null,
          roles: row.roles,
          signerLevel: row.signerLevel,
          updatedAt: now,
        };
        const current = existing.get(row.email);
        if (current) {
          if (!dryRun) await repo.update({ id: current.id }, fields);
        } else {
          created += 1;
          // No password yet: a coordinator issues a one-time password with POST /people/:id/reset-password.
          const person = { id: randomUUID(), email: row.email, passwordHash: null, mustChangePassword: true, active: true, createdAt: now, ...fields };
          if (!dryRun) await repo.insert(person);
        }
      }
      return { dryRun, rows: rows.length, created, updated: rows.length - created };
    });
  }

  private async unitsByName(manager: EntityManager, rows: PersonImportRow[]): Promise<Map<string, UnitEntity>> {
    const names = [...new Set(rows.map((r) => r.unitName).filter((n): n is string => n !== null))];
    if (names.length === 0) return new Map();
    const found = await manager.getRepository(UnitEntity).find({ where: { name: In(names) } });
    return new Map(found.map((u) => [u.name, u]));
  }

  private personRowIssues(actor: Actor, row: PersonImportRow, units: Map<string, UnitEntity>, current: PersonEntity | undefined): RowError[] {
    const issues: RowError[] = [];
    const unit = row.unitName ? units.get(row.unitName) : undefined;
    const unitProblem = row.unitName ? importedUnitProblem(row.unitName, unit) : null;
    if (unitProblem) issues.push({ row: row.row, field: 'unit', reason: unitProblem });
    for (const issue of personShapeIssues({ roles: row.roles, signerLevel: row.signerLevel, unitId: row.unitName })) {
      if (issue.field === 'unitId') issues.push({ row: row.row, field: 'unit', reason: '单位联络员和审签人必须填写单位' });
    }
    const touchesAdmin = row.roles.includes('admin') || current?.roles.includes('admin');
    if (touchesAdmin && !actor.roles.includes('admin')) {
      issues.push({ row: row.row, field: 'roles', reason: '只有管理员可以授予或管理管理员角色' });
    } else if (current?.roles.includes('admin') && !row.roles.includes('admin')) {
      issues.push({ row: row.row, field: 'roles', reason: '导入不能撤销管理员角色，请通过接口 PATCH /api/people/:id 修改' });
    }
    return issues;
  }
}
