import { Injectable } from '@nestjs/common';
import { Client, Connection, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';
import { dailyUrgingWorkflowId, taskWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import { SUPERVISION_RULE_CODES, type SupervisionRuleCode } from '../../../../libs/domain/src/supervision/supervision-rule-codes';
import type { DailyUrgingResult } from '../../../../workflows/supervision/daily-urging.workflow';
import type { TaskState } from '../../../../libs/contracts/src/supervision-activities';
import { ApiContext } from '../api-context';
import { AppError } from '../common/app-error';

/** The API's one door to the task workflows and daily urging; Temporal's errors become AppErrors. */
@Injectable()
export class TaskClient {
  private readonly client: Client;

  constructor(
    connection: Connection,
    private readonly context: ApiContext,
  ) {
    this.client = new Client({ connection, namespace: context.config.temporal.namespace });
  }

  async act<Arg>(taskId: string, update: UpdateDefinition<TaskState, [Arg]>, arg: Arg): Promise<TaskState> {
    try {
      return await this.client.workflow.getHandle(taskWorkflowId(taskId)).executeUpdate(update, { args: [arg] });
    } catch (error) {
      throw this.translate(error);
    }
  }

  async runDailyUrging(date: string): Promise<DailyUrgingResult> {
    return this.client.workflow.execute('dailyUrgingWorkflow', {
      taskQueue: this.context.config.temporal.taskQueue,
      workflowId: dailyUrgingWorkflowId(date),
      args: [{ date }],
    });
  }

  private translate(error: unknown): Error {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      const failure = error.cause;
      if ((SUPERVISION_RULE_CODES as readonly string[]).includes(failure.type ?? '')) {
        const field = failure.details?.[0];
        const reason = failure.message;
        return new AppError(failure.type as SupervisionRuleCode, reason, typeof field === 'string' ? [{ field, reason }] : []);
      }
    }
    if (error instanceof WorkflowNotFoundError) {
      return new AppError('TASK_CLOSED', '任务已办结或已撤销，不能再办理');
    }
    return error as Error;
  }
}
