import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { requestWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import { REQUEST_RULE_CODES } from '../../../../libs/domain/src/requests/request-rules';
import type { RequestSnapshot } from '../../../../libs/domain/src/requests/request-snapshot';
import { WorkflowGateway } from '../workflow-gateway/workflow-gateway';
import type { WorkflowRefusals } from '../workflow-gateway/temporal-errors';

export const REQUEST_REFUSALS: WorkflowRefusals = { rules: REQUEST_RULE_CODES, ended: { code: 'REQUEST_CLOSED', message: '该申请已办结，不能再办理' } };

/** The request workflows (started by WorkflowStarter), by request id. */
@Injectable()
export class RequestWorkflows {
  constructor(private readonly workflows: WorkflowGateway) {}

  act<Arg>(requestId: string, update: UpdateDefinition<RequestSnapshot, [Arg]>, arg: Arg): Promise<RequestSnapshot> {
    return this.workflows.update(requestWorkflowId(requestId), update, arg, REQUEST_REFUSALS);
  }
}
