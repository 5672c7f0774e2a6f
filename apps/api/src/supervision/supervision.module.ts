import { Module } from '@nestjs/common';
import { CallsController } from './calls.controller';
import { CallsService } from './calls.service';
import { CircularsController } from './circulars.controller';
import { CircularsService } from './circulars.service';
import { DailyUrgingController } from './daily-urging.controller';
import { LedgerIoService } from './ledger-io.service';
import { MailLogController } from './mail-log.controller';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';
import { SupervisionOrdersController } from './supervision-orders.controller';
import { TaskWorkflows } from './task-workflows';
import { TasksController } from './tasks.controller';
import { TasksService } from './tasks.service';

/** The supervision cycle: plan ledger, task workflows, supervision orders, phone dispatch, daily urging, mail log, quarterly circular. */
@Module({
  controllers: [PlansController, TasksController, SupervisionOrdersController, CallsController, DailyUrgingController, MailLogController, CircularsController],
  providers: [TaskWorkflows, TasksService, LedgerIoService, PlansService, CallsService, CircularsService],
})
export class SupervisionModule {}
