import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SupervisionOrderDto, SupervisionOrderPageDto } from './dto/order-view.dto';
import { DataSource } from 'typeorm';
import { SupervisionOrderEntity } from '../../../../libs/persistence/src/entities/supervision-order.entity';
import { SUPERVISION_ORDER_LEVEL_NAMES, type SupervisionOrderLevel } from '../../../../libs/domain/src/supervision/supervision-order';
import { defaultCalendar } from '../../../../libs/domain/src/calendar/default-calendar';
import { taskClock } from '../../../../libs/domain/src/supervision/task-clock';
import { shanghaiDate } from '../../../../libs/domain/src/calendar/iso-date';
import { replyToOrderUpdate } from '../../../../workflows/supervision/task.messages';
import { unitScope } from '../common/access';
import { Actor, caseActor, CurrentActor } from '../common/actor';
import { notFound } from '../common/app-error';
import { IdParam } from '../common/id-param';
import { ListOrdersQuery, OrderReplyDto } from './dto/task.dto';
import { assertTaskActionable, assertTaskReadable } from './task-access';
import { TaskWorkflows } from './task-workflows';

/** Working days left to reply (or late), counted to the Beijing day the reply is due; null once answered. */
function replyClock(o: SupervisionOrderEntity, now = Date.now()) {
  if (o.status !== 'awaiting_reply') return null;
  const clock = taskClock(shanghaiDate(o.replyDueAt.getTime()), shanghaiDate(now), defaultCalendar());
  return { workingDaysLeft: clock.workingDaysLeft, overdueWorkingDays: clock.overdueWorkingDays, overdue: now > o.replyDueAt.getTime() };
}

const orderDto = (o: SupervisionOrderEntity) => ({
  id: o.id,
  number: o.number,
  level: o.level,
  levelName: SUPERVISION_ORDER_LEVEL_NAMES[o.level as SupervisionOrderLevel],
  unitId: o.unitId,
  taskId: o.taskId,
  actionDemanded: o.actionDemanded,
  issuedOn: o.issuedOn,
  replyDueAt: o.replyDueAt.toISOString(),
  replyClock: replyClock(o),
  status: o.status,
  replyText: o.replyText,
  repliedAt: o.repliedAt?.toISOString() ?? null,
  escalatedAt: o.escalatedAt?.toISOString() ?? null,
});

/** Supervision orders (督办单): read them, and the unit's reply, which goes to the task's workflow. */
@ApiTags('supervision: orders')
@ApiBearerAuth()
@Controller('supervision-orders')
export class SupervisionOrdersController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tasks: TaskWorkflows,
  ) {}

  @Get()
  @ApiOperation({ summary: "Supervision orders (a unit contact sees their own unit's): unitId, level, status" })
  @ApiOkResponse({ type: SupervisionOrderPageDto })
  async list(@CurrentActor() actor: Actor, @Query() query: ListOrdersQuery): Promise<SupervisionOrderPageDto> {
    const scope = unitScope(actor);
    const qb = this.dataSource.getRepository(SupervisionOrderEntity).createQueryBuilder('o');
    if (scope !== null) qb.andWhere('o.unit_id = :scope', { scope });
    if (query.unitId) qb.andWhere('o.unit_id = :unitId', { unitId: query.unitId });
    if (query.status) qb.andWhere('o.status = :status', { status: query.status });
    if (query.level !== undefined) qb.andWhere('o.level = :level', { level: query.level });
    const [rows, total] = await qb.orderBy('o.year', 'DESC').addOrderBy('o.sequence', 'DESC').skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    return { items: rows.map(orderDto), total, page: query.page, pageSize: query.pageSize };
  }

  private async order(actor: Actor, id: string) {
    const order = await this.dataSource.getRepository(SupervisionOrderEntity).findOne({ where: { id } });
    if (!order) throw notFound('督办单', id);
    assertTaskReadable(actor, order.unitId);
    return order;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One supervision order' })
  @ApiOkResponse({ type: SupervisionOrderDto })
  async get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<SupervisionOrderDto> {
    return orderDto(await this.order(actor, id));
  }

  @Post(':id/reply')
  @HttpCode(200)
  @ApiOperation({ summary: "The unit's written reply; without one by the deadline the unit's leader is told" })
  @ApiOkResponse({ type: SupervisionOrderDto })
  async reply(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: OrderReplyDto): Promise<SupervisionOrderDto> {
    const order = await this.order(actor, id);
    assertTaskActionable(actor, order.unitId);
    await this.tasks.act(order.taskId, replyToOrderUpdate, { actor: caseActor(actor), orderId: id, text: dto.text.trim() });
    return orderDto(await this.dataSource.getRepository(SupervisionOrderEntity).findOneByOrFail({ id }));
  }
}
