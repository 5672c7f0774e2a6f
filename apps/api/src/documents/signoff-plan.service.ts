import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { DEFAULT_SIGNOFF_CONFIG, type SignOffConfig } from '../../../../libs/domain/src/signoff/signoff-config';
import type { LevelAssignment, PersonRef } from '../../../../libs/domain/src/signoff/signoff-state';
import { PersonEntity } from '../../../../libs/persistence/src/entities/person.entity';
import { SignOffConfigEntity } from '../../../../libs/persistence/src/entities/signoff-config.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { AppError } from '../common/app-error';

const ref = (p: PersonEntity): PersonRef => ({ id: p.id, name: p.name, email: p.email });

/** Who signs each level of a unit's documents, from its settings and its registry. */
@Injectable()
export class SignOffPlanService {
  constructor(private readonly dataSource: DataSource) {}

  async configFor(unitId: string): Promise<SignOffConfig> {
    const row = await this.dataSource.getRepository(SignOffConfigEntity).findOne({ where: { unitId } });
    return row?.config ?? DEFAULT_SIGNOFF_CONFIG;
  }

  /** The unit and its ancestors, nearest first: a level with no signer in the unit looks upward. */
  private async unitChain(unitId: string): Promise<string[]> {
    const chain: string[] = [];
    let cursor: string | null = unitId;
    while (cursor && !chain.includes(cursor) && chain.length < 50) {
      chain.push(cursor);
      const unit: UnitEntity | null = await this.dataSource.getRepository(UnitEntity).findOne({ where: { id: cursor } });
      cursor = unit?.parentId ?? null;
    }
    return chain;
  }

  /** An active person holding the signer role, for naming in a plan or a reassignment. */
  async signer(personId: string, field: string): Promise<PersonEntity> {
    const person = await this.dataSource.getRepository(PersonEntity).findOne({ where: { id: personId } });
    if (!person) throw new AppError('VALIDATION_FAILED', `${field}：不是已知的人员`, [{ field, reason: '不是已知的人员' }]);
    if (!person.active) throw new AppError('VALIDATION_FAILED', `${field}：是已停用的人员`, [{ field, reason: '是已停用的人员' }]);
    if (!person.roles.includes('signer')) {
      throw new AppError('VALIDATION_FAILED', `${field}：${person.name}没有审签人角色`, [{ field, reason: '没有审签人角色' }]);
    }
    return person;
  }

  /**
   * A signer who may take over one level of a unit's document (a delegate or a reassignment): in
   * the unit or a parent unit, and of that level, by signer level or by being named for it.
   * A level the settings do not hold is left to the workflow, which names it UNKNOWN_LEVEL.
   */
  async levelSigner(personId: string, field: string, unitId: string, level: number): Promise<PersonEntity> {
    const person = await this.signer(personId, field);
    const refuse = (reason: string) => new AppError('SIGNER_NOT_ELIGIBLE', `${field}：${person.name}${reason}`, [{ field, reason }]);
    if (!person.unitId || !(await this.unitChain(unitId)).includes(person.unitId)) throw refuse('不属于公文所在单位或其上级单位');
    const levelConfig = (await this.configFor(unitId)).levels.find((l) => l.level === level);
    if (levelConfig && person.signerLevel !== level && levelConfig.signerId !== person.id) throw refuse(`不是第${level}级（${levelConfig.title}）审签人`);
    return person;
  }

  async planFor(unitId: string): Promise<{ plan: LevelAssignment[]; config: SignOffConfig }> {
    const config = await this.configFor(unitId);
    const chain = await this.unitChain(unitId);
    const candidates = await this.dataSource.getRepository(PersonEntity).find({
      where: { unitId: In(chain), active: true },
      order: { name: 'ASC', id: 'ASC' },
    });
    const signers: PersonEntity[] = [];
    for (const level of config.levels) {
      let person: PersonEntity | undefined;
      if (level.signerId) {
        person = await this.signer(level.signerId, `levels[${level.level - 1}].signerId`).catch(() => undefined);
        if (!person) {
          throw new AppError('CONFLICT', `第${level.level}级（${level.title}）指定的审签人不存在、已停用或不是审签人：请修改本单位的审签设置`);
        }
      } else {
        // The nearest unit first, so a department's own section head signs before the bureau's.
        person = chain
          .map((id) => candidates.find((p) => p.unitId === id && p.roles.includes('signer') && p.signerLevel === level.level))
          .find((p) => p !== undefined);
      }
      if (!person) {
        throw new AppError(
          'CONFLICT',
          `本单位及上级单位都没有第${level.level}级（${level.title}）审签人：请给某人设定该审签级别，或在本单位的审签设置中指定一人`,
        );
      }
      signers.push(person);
    }
    const plan = config.levels.map((level, i) => ({
      level: level.level,
      title: level.title,
      signer: ref(signers[i]),
      superior: signers[i + 1] ? ref(signers[i + 1]) : null,
      due: level.due,
    }));
    return { plan, config };
  }
}
