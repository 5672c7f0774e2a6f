import { Injectable } from '@nestjs/common';
import type { UpdateDefinition } from '@temporalio/common';
import { signOffWorkflowId } from '../../../../libs/contracts/src/workflow-ids';
import { SIGNOFF_RULE_CODES, SignOffRuleError } from '../../../../libs/domain/src/signoff/signoff-errors';
import type { RegisteredDocument, SignOffState } from '../../../../libs/domain/src/signoff/signoff-state';
import type { TrailWitness } from '../../../../libs/domain/src/signoff/trail-chain';
import { statusQuery, trailWitnessQuery, type DecisionReceipt, type SignOffInput } from '../../../../workflows/signoff/signoff.messages';
import { signOffWorkflow } from '../../../../workflows/signoff/signoff.workflow';
import { AppError } from '../common/app-error';
import { WorkflowGateway } from '../workflow-gateway/workflow-gateway';
import type { WorkflowRefusals } from '../workflow-gateway/temporal-errors';

export const SIGNOFF_REFUSALS: WorkflowRefusals = { rules: SIGNOFF_RULE_CODES, ended: { code: 'DOCUMENT_FINISHED', message: '该公文的审签已结束，不能再作决定' } };

/** The sign-off workflows (started by WorkflowStarter), by document id: decide, reopen, ask. */
@Injectable()
export class SignOffWorkflows {
  constructor(private readonly workflows: WorkflowGateway) {}

  decide<Arg>(documentId: string, update: UpdateDefinition<DecisionReceipt, [Arg]>, arg: Arg): Promise<DecisionReceipt> {
    return this.workflows.update(signOffWorkflowId(documentId), update, arg, SIGNOFF_REFUSALS);
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
    const workflowId = signOffWorkflowId(documentId);
    const state = await this.workflows.result<SignOffState>(workflowId, SIGNOFF_REFUSALS);
    try {
      check(state);
    } catch (error) {
      if (error instanceof SignOffRuleError) throw new AppError(error.code, error.message, error.field ? [{ field: error.field, reason: error.message }] : []);
      throw error;
    }
    const witness = await this.workflows.query(workflowId, trailWitnessQuery, [], SIGNOFF_REFUSALS);
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
    await this.workflows.start(signOffWorkflow, workflowId, [input]);
    return this.decide(documentId, update, arg);
  }

  state(documentId: string): Promise<SignOffState> {
    return this.workflows.query(signOffWorkflowId(documentId), statusQuery, [], SIGNOFF_REFUSALS);
  }

  /** The workflow's record of the document's chain: the witness verify holds the rows against. */
  async trailWitness(documentId: string): Promise<TrailWitness> {
    try {
      const answer = await this.workflows.query(signOffWorkflowId(documentId), trailWitnessQuery, []);
      return answer ? { kind: 'workflow', hashes: answer.hashes, settled: answer.settled } : { kind: 'none' };
    } catch (error) {
      return { kind: 'unavailable', reason: `无法询问审签流程：${(error as Error).message}` };
    }
  }
}
