import { Injectable } from '@nestjs/common';
import { Client, Connection, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure, type UpdateDefinition } from '@temporalio/common';
import { requestWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import { REQUEST_RULE_CODES, type RequestRuleCode } from '../../../../libs/domain/src/requests/request-rules';
import type { RequestSnapshot } from '../../../../libs/domain/src/requests/request-snapshot';
import { ApiContext } from '../api-context';
import { AppError } from '../common/app-error';

/** The API's one door to the request workflows (started by WorkflowStarter); Temporal's errors become AppErrors. */
@Injectable()
export class RequestClient {
  private readonly client: Client;

  constructor(
    connection: Connection,
    context: ApiContext,
  ) {
    this.client = new Client({ connection, namespace: context.config.temporal.namespace });
  }

  async act<Arg>(requestId: string, update: UpdateDefinition<RequestSnapshot, [Arg]>, arg: Arg): Promise<RequestSnapshot> {
    try {
      return await this.client.workflow.getHandle(requestWorkflowId(requestId)).executeUpdate(update, { args: [arg] });
    } catch (error) {
      throw this.translate(error);
    }
  }

  private translate(error: unknown): Error {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      const failure = error.cause;
      if ((REQUEST_RULE_CODES as readonly string[]).includes(failure.type ?? '')) {
        const field = failure.details?.[0];
        const reason = failure.message;
        return new AppError(failure.type as RequestRuleCode, reason, typeof field === 'string' ? [{ field, reason }] : []);
      }
    }
    if (error instanceof WorkflowNotFoundError) {
      return new AppError('REQUEST_CLOSED', '该申请已办结，不能再办理');
    }
    return error as Error;
  }
}
