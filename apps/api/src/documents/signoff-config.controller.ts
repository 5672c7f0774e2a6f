import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { checkSignOffConfig, type SignOffConfig } from '../../../../libs/domain/src/signoff/signoff-config';
import { SignOffConfigEntity } from '../../../../libs/persistence/src/entities/signoff-config.entity';
import { UnitEntity } from '../../../../libs/persistence/src/entities/unit.entity';
import { assertUnitInScope, MANAGERS, Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { AppError, notFound } from '../common/app-error';
import { IdParam } from '../common/id-param';
import { SignOffConfigDto } from './dto/signoff-config.dto';
import { SignOffPlanService } from './signoff-plan.service';
import { Audited } from '../audit-log/audited';

@ApiTags('sign-off settings')
@ApiBearerAuth()
@Controller('units/:id/signoff-config')
export class SignOffConfigController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: SignOffPlanService,
  ) {}

  private async unit(id: string): Promise<UnitEntity> {
    const unit = await this.dataSource.getRepository(UnitEntity).findOne({ where: { id } });
    if (!unit) throw notFound('单位', id);
    return unit;
  }

  @Get()
  @ApiOperation({ summary: "The unit's sign-off levels and time limits (the defaults when it has none of its own)" })
  async get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<SignOffConfig> {
    assertUnitInScope(actor, (await this.unit(id)).id);
    return this.plans.configFor(id);
  }

  @Put()
  @Audited('signoff_config', 'id')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: "Set the unit's sign-off levels, signers and time limits (coordinator or admin); applies from the next submission" })
  async put(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: SignOffConfigDto): Promise<SignOffConfig> {
    await this.unit(id);
    const config: SignOffConfig = {
      levels: dto.levels.map((l) => ({ level: l.level, title: l.title, due: l.due, ...(l.signerId ? { signerId: l.signerId } : {}) })),
      remindBefore: dto.remindBefore,
      escalateAfter: dto.escalateAfter,
      publication: { ...dto.publication },
    };
    const issues = checkSignOffConfig(config);
    if (issues.length) throw new AppError('VALIDATION_FAILED', issues.map((i) => `${i.field}：${i.reason}`).join('；'), issues);
    for (const [i, level] of config.levels.entries()) if (level.signerId) await this.plans.signer(level.signerId, `levels[${i}].signerId`);
    await this.dataSource.getRepository(SignOffConfigEntity).save({ unitId: id, config, updatedBy: actor.personId, updatedAt: new Date() });
    return config;
  }
}
