import { Body, Controller, Get, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PlanDetailDto, PlanDto, PlanLetterViewDto, PlanListDto } from './dto/task-view.dto';
import type { FastifyReply } from 'fastify';
import { MANAGERS, Roles } from '../common/access';
import { Actor, CurrentActor } from '../common/actor';
import { IdParam } from '../common/id-param';
import { CreatePlanDto, PlanLetterDto } from './dto/task.dto';
import { PlansService } from './plans.service';

@ApiTags('supervision: plan ledger')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Post()
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Register an annual work plan (coordinators)' })
  @ApiCreatedResponse({ type: PlanDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreatePlanDto): Promise<PlanDto> {
    return this.plans.create(actor, dto);
  }

  @Get()
  @ApiOperation({ summary: 'The plans, newest year first' })
  @ApiOkResponse({ type: PlanListDto })
  list(): Promise<PlanListDto> {
    return this.plans.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'A plan, its responsibility letters and how many tasks it holds' })
  @ApiOkResponse({ type: PlanDetailDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<PlanDetailDto> {
    return this.plans.get(actor, id);
  }

  @Post(':id/letters')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'Attach a responsibility letter (责任书), optionally naming the unit that signed it' })
  @ApiCreatedResponse({ type: PlanLetterViewDto })
  attach(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: PlanLetterDto): Promise<PlanLetterViewDto> {
    return this.plans.attachLetter(actor, id, dto);
  }

  @Get(':id/letters/:letterId')
  @ApiOperation({ summary: 'Download a responsibility letter (the office, auditors, and the unit it is for)' })
  async letter(
    @CurrentActor() actor: Actor,
    @IdParam() id: string,
    @IdParam('letterId') letterId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const letter = await this.plans.letter(actor, id, letterId);
    void reply.header('content-type', letter.mediaType);
    void reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(letter.filename)}`);
    return Buffer.from(letter.contentBase64, 'base64');
  }
}
