import { Injectable } from '@nestjs/common';
import { Client, Connection, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { UpdateDefinition } from '@temporalio/common';
import { signOffWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import { SIGNOFF_RULE_CODES, SignOffRuleError, type SignOffRuleCode } from '../../../../libs/domain/src/signoff/signoff-errors';
import type { RegisteredDocument, SignOffState } from '../../../../libs/domain/src/signoff/signoff-state';
import type { TrailWitness } from '../../../../libs/domain/src/signoff/trail-chain';
import { statusQuery, trailWitnessQuery, type DecisionReceipt, type SignOffInput } from '../../../../workflows/signoff/signoff.messages';
import { ApiContext } from '../api-context';
import { AppError } from '../common/app-error';

/** The API's one door to the sign-off workflows (started by WorkflowStarter): decide, ask; Temporal's errors become AppErrors. */
@Injectable()
export class SignOffClient {
  private readonly client: Client;

  constructor(
    connection: Connection,
    private readonly context: ApiContext,
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

  /**
   * Starts a finished sign-off again from its final state, its trail numbering and witness, and
   * sends it the one update it was started for. `check` runs the update's rule on that state
   * first, so a refused change starts nothing.
   */
  async reopen<Arg>(
    documentId: string,
    seq: number,
    /** The step the document's row holds: the new run numbers on from it, or its projection would never land. */
    steps: number,
    update: UpdateDefinition<DecisionReceipt, [Arg]>,
    arg: Arg,
    check: (state: SignOffState) => void,
  ): Promise<DecisionReceipt> {
    const handle = this.client.workflow.getHandle(signOffWorkflowId(documentId));
    try {
      const state: SignOffState = await handle.result();
      try {
        check(state);
      } catch (error) {
        if (error instanceof SignOffRuleError) throw new AppError(error.code, error.message, error.field ? [{ field: error.field, reason: error.message }] : []);
        throw error;
      }
      const witness = await handle.query(trailWitnessQuery);
      const document: RegisteredDocument = {
        documentId,
        title: state.title,
        unitId: state.unitId,
        drafter: state.drafter,
        attribute: state.attribute,
        withholdingBasis: state.withholdingBasis,
        version: state.version,
        documentSha256: state.documentSha256,
      };
      const input: SignOffInput = { document, trailSeq: seq, resume: { state, seq, steps, timing: null, trailHashes: witness?.hashes ?? null, reopened: true } };
      const reopened = await this.client.workflow.start('signOffWorkflow', { taskQueue: this.context.config.temporal.taskQueue, workflowId: signOffWorkflowId(documentId), args: [input] });
      return await reopened.executeUpdate(update, { args: [arg] });
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
      return { kind: 'unavailable', reason: `无法询问审签流程：${(error as Error).message}` };
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
