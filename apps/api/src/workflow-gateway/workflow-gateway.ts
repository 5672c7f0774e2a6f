import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { Client, Connection, WorkflowExecutionAlreadyStartedError, type WorkflowHandle, type WorkflowStartOptions } from '@temporalio/client';
import type { QueryDefinition, SignalDefinition, UpdateDefinition, Workflow, WorkflowResultType } from '@temporalio/common';
import { ApiContext } from '../api-context';
import { refusal, type WorkflowRefusals } from './temporal-errors';

/**
 * The API's one door to Temporal, on the one Connection the app is given. Workflows are started
 * by their function (its name is the type the worker registers, so histories and the rows of
 * pending starts keep theirs); a refused update or a call to an ended run becomes the AppError
 * of the case's WorkflowRefusals; an unreachable Temporal is answered 503 by the error filter.
 */
@Injectable()
export class WorkflowGateway implements BeforeApplicationShutdown {
  private readonly client: Client;
  /** Calls that have not ended yet, though their answer may have been given (see beforeApplicationShutdown). */
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly connection: Connection,
    private readonly context: ApiContext,
  ) {
    this.client = new Client({ connection, namespace: context.config.temporal.namespace });
  }

  /**
   * The Temporal client retries an unanswered call on a timer, and a retry after the connection is
   * closed throws out of that timer: the connection's owner closes it only after the API, so wait here.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.inFlight);
  }

  /** `workflow` is a string only for a type read back from storage (a pending start's row). */
  start<W extends Workflow>(workflow: W | string, workflowId: string, args: Parameters<W>): Promise<WorkflowHandle<W>> {
    return this.client.workflow.start<W>(workflow, this.options(workflowId, args));
  }

  private options<W extends Workflow>(workflowId: string, args: Parameters<W>): WorkflowStartOptions<W> {
    // The SDK spells "no arguments" and "some" as two option types; every start here passes its list.
    return { taskQueue: this.context.config.temporal.taskQueue, workflowId, args } as unknown as WorkflowStartOptions<W>;
  }

  /** Starts the workflow unless its id has run already, closed or not: a start made twice starts one workflow. */
  async startOnce<W extends Workflow>(workflow: W | string, workflowId: string, args: Parameters<W>): Promise<void> {
    try {
      await this.client.workflow.start<W>(workflow, { ...this.options(workflowId, args), workflowIdReusePolicy: 'REJECT_DUPLICATE' });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }

  /** Starts the workflow and waits for its result. */
  execute<W extends Workflow>(workflow: W, workflowId: string, args: Parameters<W>): Promise<WorkflowResultType<W>> {
    return this.client.workflow.execute<W>(workflow, this.options(workflowId, args));
  }

  /** An update sent again under the same `updateId` is taken once: Temporal answers the first one's outcome. */
  async update<Ret, Arg>(workflowId: string, update: UpdateDefinition<Ret, [Arg]>, arg: Arg, refusals: WorkflowRefusals, updateId?: string): Promise<Ret> {
    try {
      return await this.client.workflow.getHandle(workflowId).executeUpdate(update, { args: [arg], ...(updateId ? { updateId } : {}) });
    } catch (error) {
      throw refusal(error, refusals);
    }
  }

  /** Without refusals, Temporal's own error is thrown (runEnded tells an ended run). */
  async query<Ret, Args extends unknown[]>(workflowId: string, query: QueryDefinition<Ret, Args>, args: Args, refusals?: WorkflowRefusals): Promise<Ret> {
    try {
      return await this.client.workflow.getHandle(workflowId).query(query, ...args);
    } catch (error) {
      throw refusals ? refusal(error, refusals) : error;
    }
  }

  signal<Args extends unknown[]>(workflowId: string, signal: SignalDefinition<Args>, args: Args): Promise<void> {
    return this.client.workflow.getHandle(workflowId).signal(signal, ...args);
  }

  /** The result of the workflow's last run, waiting for it if it is still running. */
  async result<R>(workflowId: string, refusals?: WorkflowRefusals): Promise<R> {
    try {
      return (await this.client.workflow.getHandle(workflowId).result()) as R;
    } catch (error) {
      throw refusals ? refusal(error, refusals) : error;
    }
  }

  /** Runs `calls` with a deadline of `ms`: the client stops retrying them then, and they fail as unavailable. */
  within<T>(ms: number, calls: () => Promise<T>): Promise<T> {
    const call = this.connection.withDeadline(Date.now() + ms, calls);
    this.inFlight.add(call);
    void call.then(
      () => this.inFlight.delete(call),
      () => this.inFlight.delete(call),
    );
    return call;
  }

  /** Whether the frontend's health service answers within `ms`. */
  probe(ms: number): Promise<unknown> {
    return this.within(ms, () => this.connection.healthService.check({ service: 'temporal.api.workflowservice.v1.WorkflowService' }));
  }
}
