import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { documentCounts } from '../../../../libs/domain/src/proactive/document-counts';
import { sumWan, wanText } from '../../../../libs/domain/src/proactive/fee-amount';
import { ProactiveFiguresEntity } from '../../../../libs/persistence/src/entities/proactive-figures.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { writeInOpenYear } from '../annual-reports/year-lock';
import { MANAGERS, unitScope } from '../common/access';
import type { Actor } from '../common/actor';
import { AppError, invalid } from '../common/app-error';
import { datedDocuments } from './dated-documents';
import type { DocumentCountsDto, ProactiveYearDto, PutProactiveFiguresDto } from './dto/proactive-figures.dto';

@Injectable()
export class ProactiveFiguresService {
  constructor(private readonly dataSource: DataSource) {}

  async put(actor: Actor, year: number, dto: PutProactiveFiguresDto): Promise<ProactiveYearDto> {
    const manager = actor.roles.some((role) => MANAGERS.includes(role));
    if (!manager && !actor.roles.includes('unit_contact')) throw new AppError('FORBIDDEN', '只有政务公开办和单位联络员可以填报数据');
    if (!manager && dto.unitId !== actor.unitId) throw new AppError('UNIT_SCOPE', '只能填报本单位的数据');
    if (!(await this.dataSource.getRepository(UnitEntity).exists({ where: { id: dto.unitId } }))) throw invalid('unitId', '不是已知的单位');
    await writeInOpenYear(this.dataSource, { year, change: '修改该年的主动公开数据', unitId: dto.unitId }, (manager) =>
      manager.getRepository(ProactiveFiguresEntity).save({
      year,
      unitId: dto.unitId,
      licensingDecisions: dto.licensingDecisions,
      penaltyDecisions: dto.penaltyDecisions,
      enforcementDecisions: dto.enforcementDecisions,
      administrativeFeesWan: wanText(dto.administrativeFeesWan)!,
      updatedBy: actor.personId,
      updatedAt: new Date(),
      }),
    );
    return this.get(actor, year);
  }

  /** The year's section 二 as entered by the units, with the documents counted from the sign-off. */
  async get(actor: Actor, year: number): Promise<ProactiveYearDto> {
    const scope = unitScope(actor);
    const rows = await this.dataSource.getRepository(ProactiveFiguresEntity).find({ where: { year, ...(scope !== null ? { unitId: scope } : {}) } });
    const names = new Map(
      (await this.dataSource.getRepository(UnitEntity).find({ where: { id: In(rows.map((r) => r.unitId)) } })).map((u) => [u.id, u.name]),
    );
    const units = rows
      .map((r) => ({
        unitId: r.unitId,
        unitName: names.get(r.unitId) ?? r.unitId,
        licensingDecisions: r.licensingDecisions,
        penaltyDecisions: r.penaltyDecisions,
        enforcementDecisions: r.enforcementDecisions,
        administrativeFeesWan: Number(r.administrativeFeesWan),
        updatedBy: r.updatedBy,
        updatedAt: r.updatedAt.toISOString(),
      }))
      .sort((a, b) => a.unitName.localeCompare(b.unitName, 'zh'));
    const add = (pick: (r: ProactiveFiguresEntity) => number) => rows.reduce((sum, r) => sum + pick(r), 0);
    const documents = await datedDocuments(this.dataSource.manager, scope);
    const counts = (type: string): DocumentCountsDto => {
      const c = documentCounts(documents.filter((d) => d.documentType === type), year);
      return { issued: c.issued, repealed: c.repealed, inForce: c.in_force };
    };
    return {
      year,
      units,
      total: {
        licensingDecisions: add((r) => r.licensingDecisions),
        penaltyDecisions: add((r) => r.penaltyDecisions),
        enforcementDecisions: add((r) => r.enforcementDecisions),
        administrativeFeesWan: Number(sumWan(rows.map((r) => r.administrativeFeesWan))),
      },
      regulations: counts('regulation'),
      normativeDocuments: counts('normative_document'),
    };
  }
}
