import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { dailyUrgingWorkflowId, taskWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import { SUPERVISION_RULE_CODES } from '../../../../libs/domain/src/supervision/supervision-rule-codes';
import type { TaskState } from '../../../../libs/contracts/src/supervision-activities';
import { dailyUrgingWorkflow, type DailyUrgingResult } from '../../../../workflows/supervision/daily-urging.workflow';
import { WorkflowGateway } from '../workflow-gateway/workflow-gateway';
import type { WorkflowRefusals } from '../workflow-gateway/temporal-errors';

export const TASK_REFUSALS: WorkflowRefusals = { rules: SUPERVISION_RULE_CODES, ended: { code: 'TASK_CLOSED', message: '任务已办结或已撤销，不能再办理' } };

/** The task workflows (started by WorkflowStarter), by task id, and the daily urging. */
@Injectable()
export class TaskWorkflows {
  constructor(private readonly workflows: WorkflowGateway) {}

  act<Arg>(taskId: string, update: UpdateDefinition<TaskState, [Arg]>, arg: Arg, updateId?: string): Promise<TaskState> {
    return this.workflows.update(taskWorkflowId(taskId), update, arg, TASK_REFUSALS, updateId);
  }

  runDailyUrging(date: string): Promise<DailyUrgingResult> {
    return this.workflows.execute(dailyUrgingWorkflow, dailyUrgingWorkflowId(date), [{ date }]);
  }
}
