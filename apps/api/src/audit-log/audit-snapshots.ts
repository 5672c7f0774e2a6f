import { DataSource } from 'typeorm';
import { AnnualReportAmendmentEntity } from '../../../../libs/persistence/src/entities/annual-report-amendment.entity';
import { AnnualReportEntity } from '../../../../libs/persistence/src/entities/annual-report.entity';
import { ApiTokenEntity } from '../../../../libs/persistence/src/entities/api-token.entity';
import { PersonEntity } from '../../../../libs/persistence/src/entities/person.entity';
import { SignOffConfigEntity } from '../../../../libs/persistence/src/entities/signoff-config.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { toPersonDto } from '../people/people.service';
import { toUnitDto } from '../units/units.service';
import { BODY } from '../annual-reports/report-scope';

/** What the operation log records about each kind of record: its state as people read it, never a secret. */
export type AuditedKind = 'unit' | 'person' | 'api_token' | 'signoff_config' | 'report_lock' | 'registry_import';

type Snapshot = (dataSource: DataSource, key: string) => Promise<unknown>;

export const SNAPSHOTS: Record<AuditedKind, Snapshot | null> = {
  unit: async (ds, id) => {
    const unit = await ds.getRepository(UnitEntity).findOne({ where: { id } });
    return unit ? toUnitDto(unit) : null;
  },
  person: async (ds, id) => {
    const person = await ds.getRepository(PersonEntity).findOne({ where: { id } });
    return person ? toPersonDto(person) : null;
  },
  api_token: async (ds, id) => {
    const token = await ds.getRepository(ApiTokenEntity).findOne({ where: { id } });
    return token && { id: token.id, personId: token.personId, name: token.name, expiresAt: token.expiresAt?.toISOString() ?? null, revokedAt: token.revokedAt?.toISOString() ?? null };
  },
  signoff_config: async (ds, unitId) => (await ds.getRepository(SignOffConfigEntity).findOne({ where: { unitId } }))?.config ?? null,
  report_lock: async (ds, key) => {
    // `2025` for the body's report, `2025/<unit id>` for a unit's own. Read before the year is
    // validated: a year that is no number has no lock.
    const [yearText, unitId = BODY] = key.split('/');
    const year = Number(yearText);
    if (!Number.isInteger(year)) return null;
    const report = await ds.getRepository(AnnualReportEntity).findOne({ where: { year, unitId } });
    const amendment = await ds.getRepository(AnnualReportAmendmentEntity).findOne({ where: { year, unitId }, order: { openedAt: 'DESC' } });
    return {
      unitId: unitId === BODY ? null : unitId,
      published: report ? { version: report.version, publishedBy: report.publishedBy, publishedAt: report.publishedAt.toISOString() } : null,
      lastAmendment: amendment ? { id: amendment.id, reason: amendment.reason, fromVersion: amendment.fromVersion, open: amendment.closedAt === null } : null,
    };
  },
  // An import changes many rows at once: its answer (what was created and updated) is the record.
  registry_import: null,
};
