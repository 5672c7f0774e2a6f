import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ParentClosePolicy, proxyActivities, startChild, WorkflowIdReusePolicy } from '@temporalio/workflow';
import type { CircularActivities, CircularSettings, IssueCircularResult } from '../../libs/contracts/src/circular-activities';
import { taskWorkflowId } from '../../libs/contracts/src/workflow-ids';
import { previousQuarter, quarterOf } from '../../libs/domain/src/supervision/quarter';
import { shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import type { Actor } from '../../libs/domain/src/registry/actor';
import { taskWorkflow } from './task.workflow';
import { workflowNow } from '../shared/workflow-clock';

const { issueQuarterlyCircular } = proxyActivities<CircularActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '10 minutes', nonRetryableErrorTypes: ['QUARTER_NOT_ENDED'] },
});

export interface QuarterlyCircularInput {
  /** The quarter to circulate; absent (the schedule), the quarter before today's in Shanghai. */
  year?: number;
  quarter?: 1 | 2 | 3 | 4;
  force?: boolean;
  issuedBy?: Actor | null;
  settings: CircularSettings;
}

export interface QuarterlyCircularResult extends Omit<IssueCircularResult, 'rectificationTasks'> {
  /** Rectification task workflows this run started (none when they were running already). */
  rectificationWorkflowsStarted: number;
}

/**
 * The quarterly circular (季度通报), from the quarter-end schedule or a coordinator: issues it
 * once, then makes sure every last-place unit's rectification task has its task workflow, so
 * the task is urged like any other. A task workflow outlives this one.
 */
export async function quarterlyCircularWorkflow(input: QuarterlyCircularInput): Promise<QuarterlyCircularResult> {
  const asOf = shanghaiDate(workflowNow());
  const target = input.year !== undefined && input.quarter !== undefined ? { year: input.year, quarter: input.quarter } : previousQuarter(quarterOf(asOf));
  const { rectificationTasks, ...result } = await issueQuarterlyCircular({
    ...target,
    asOf,
    force: input.force ?? false,
    issuedBy: input.issuedBy ?? null,
    settings: input.settings,
  });
  let started = 0;
  for (const task of rectificationTasks) {
    try {
      await startChild(taskWorkflow, {
        workflowId: taskWorkflowId(task.task.taskId),
        args: [task],
        parentClosePolicy: ParentClosePolicy.ABANDON,
        // A task whose workflow already ran (even to verification) never gets a second one.
        workflowIdReusePolicy: WorkflowIdReusePolicy.REJECT_DUPLICATE,
      });
      started++;
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }
  return { ...result, rectificationWorkflowsStarted: started };
}
