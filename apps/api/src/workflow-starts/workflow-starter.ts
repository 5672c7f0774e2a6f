import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Workflow } from '@temporalio/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PendingStartEntity } from '../../../../libs/persistence/src/entities/pending-start.entity';
import { PeriodicPass } from '../common/periodic-pass';
import { ApiContext } from '../api-context';
import { WorkflowGateway } from '../workflow-gateway/workflow-gateway';

/**
 * Makes a row and its workflow one recoverable step: `intend` writes the start in the rows'
 * transaction, `start` runs it after the commit, and every pending start left by a crash or an
 * unreachable Temporal is started at API start-up and every PENDING_START_INTERVAL. Workflow ids
 * are deterministic and a closed id is never reused, so a start made twice starts one workflow.
 */
@Injectable()
export class WorkflowStarter implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly pass = new PeriodicPass(() => this.startAll());

  constructor(
    private readonly workflows: WorkflowGateway,
    private readonly context: ApiContext,
    private readonly dataSource: DataSource,
  ) {}

  /** The row keeps the workflow's type (its function's name), which the worker registers it by. */
  intend<W extends Workflow>(manager: EntityManager, workflow: W, workflowId: string, input: Parameters<W>[0]): Promise<unknown> {
    return manager.getRepository(PendingStartEntity).insert({ workflowId, workflowType: workflow.name, input: input as never, createdAt: new Date() });
  }

  /** Starts the workflow of rows just committed; false when Temporal could not be reached (it stays pending). */
  async start(workflowId: string): Promise<boolean> {
    // The crash the pending start exists for, on demand (a test-only setting).
    if (this.context.config.testing.exitBeforeWorkflowStart) process.exit(75);
    return this.startOne(workflowId);
  }

  private async startOne(workflowId: string): Promise<boolean> {
    const pending = await this.dataSource.getRepository(PendingStartEntity).findOneBy({ workflowId });
    if (!pending) return true;
    try {
      await this.workflows.startOnce(pending.workflowType, workflowId, [pending.input]);
    } catch {
      return false;
    }
    await this.dataSource.getRepository(PendingStartEntity).delete({ workflowId });
    return true;
  }

  /** Starts every pending workflow, oldest first; returns how many are still pending. */
  startPending(): Promise<number> {
    return this.pass.now();
  }

  private async startAll(): Promise<number> {
    const pending = await this.dataSource.getRepository(PendingStartEntity).find({ select: { workflowId: true }, order: { createdAt: 'ASC' } });
    let left = 0;
    for (const { workflowId } of pending) left += (await this.startOne(workflowId)) ? 0 : 1;
    return left;
  }

  onApplicationBootstrap(): void {
    this.pass.every(this.context.config.temporal.pendingStartIntervalMs);
  }

  onModuleDestroy(): Promise<void> {
    return this.pass.stop();
  }
}
