import { Injectable } from '@nestjs/common';
import { Client, Connection, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { UpdateDefinition } from '@temporalio/common';
import { signOffWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import { SIGNOFF_RULE_CODES, type SignOffRuleCode } from '../../../../libs/domain/src/signoff/signoff-errors';
import type { SignOffState } from '../../../../libs/domain/src/signoff/signoff-state';
import type { TrailWitness } from '../../../../libs/domain/src/signoff/trail-chain';
import { statusQuery, trailWitnessQuery, type DecisionReceipt } from '../../../../workflows/signoff/signoff.messages';
import { ApiContext } from '../api-context';
import { AppError } from '../common/app-error';

/** The API's one door to the sign-off workflows (started by WorkflowStarter): decide, ask; Temporal's errors become AppErrors. */
@Injectable()
export class SignOffClient {
  private readonly client: Client;

  constructor(
    connection: Connection,
    context: ApiContext,
  ) {
    this.client = new Client({ connection, namespace: context.config.temporal.namespace });
  }

  async decide<Arg>(documentId: string, update: UpdateDefinition<DecisionReceipt, [Arg]>, arg: Arg): Promise<DecisionReceipt> {
    try {
      return await this.client.workflow.getHandle(signOffWorkflowId(documentId)).executeUpdate(update, { args: [arg] });
    } catch (error) {
      throw this.translate(error);
    }
  }

  async state(documentId: string): Promise<SignOffState> {
    try {
      return await this.client.workflow.getHandle(signOffWorkflowId(documentId)).query(statusQuery);
    } catch (error) {
      throw this.translate(error);
    }
  }

  /** The workflow's record of the document's chain: the witness verify holds the rows against. */
  async trailWitness(documentId: string): Promise<TrailWitness> {
    try {
      const answer = await this.client.workflow.getHandle(signOffWorkflowId(documentId)).query(trailWitnessQuery);
      return answer ? { kind: 'workflow', hashes: answer.hashes, settled: answer.settled } : { kind: 'none' };
    } catch (error) {
      return { kind: 'unavailable', reason: `the sign-off workflow could not be asked: ${(error as Error).message}` };
    }
  }

  private translate(error: unknown): Error {
    if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
      const failure = error.cause;
      if ((SIGNOFF_RULE_CODES as readonly string[]).includes(failure.type ?? '')) {
        const field = failure.details?.[0];
        const reason = failure.message;
        return new AppError(failure.type as SignOffRuleCode, reason, typeof field === 'string' ? [{ field, reason }] : []);
      }
    }
    if (error instanceof WorkflowNotFoundError) {
      return new AppError('DOCUMENT_FINISHED', '该公文的审签已结束，不能再作决定');
    }
    return error as Error;
  }
}
