import type { DataSource, EntityManager } from 'typeorm';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { invalid } from '../common/app-error';

/** The unit a request names, refused unless it exists and is in use: a deactivated unit is kept only for history. */
export async function activeUnit(db: DataSource | EntityManager, unitId: string, field = 'unitId'): Promise<UnitEntity> {
  const unit = await db.getRepository(UnitEntity).findOne({ where: { id: unitId } });
  if (!unit) throw invalid(field, '不是已知的单位');
  if (!unit.active) throw invalid(field, '是已停用的单位');
  return unit;
}

/** Why a unit named in an imported row cannot be used (missing or deactivated), or null when it can. */
export function importedUnitProblem(unitName: string, unit: Pick<UnitEntity, 'active'> | undefined, label = '单位'): string | null {
  if (!unit) return `${label}“${unitName}”不存在`;
  if (!unit.active) return `${label}“${unitName}”已停用`;
  return null;
}
