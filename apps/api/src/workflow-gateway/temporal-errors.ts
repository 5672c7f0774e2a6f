import { isGrpcServiceError, WorkflowNotFoundError, WorkflowUpdateFailedError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { AppError, type ErrorCode } from '../common/app-error';

/**
 * How one kind of case refuses: the rule codes its workflow's updates throw (each carried
 * through with its message and field), and what the user is told of a run that has ended.
 */
export interface WorkflowRefusals {
  rules: readonly ErrorCode[];
  ended: { code: ErrorCode; message: string };
}

/** gRPC codes a Temporal frontend answers (or the client gives) when it, or a service behind it, is down. */
const GRPC_DOWN = new Set([4 /* DEADLINE_EXCEEDED */, 8 /* RESOURCE_EXHAUSTED */, 14 /* UNAVAILABLE */]);

/** The workflow's run is over (or never was): it has nothing more to answer, move or be told. */
export function runEnded(error: unknown): boolean {
  return error instanceof WorkflowNotFoundError;
}

/** A refused update or a call to an ended run, as the user is told it; any other error as it was. */
export function refusal(error: unknown, refusals: WorkflowRefusals): Error {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const failure = error.cause;
    if ((refusals.rules as readonly string[]).includes(failure.type ?? '')) {
      const field = failure.details?.[0];
      const reason = failure.message;
      return new AppError(failure.type as ErrorCode, reason, typeof field === 'string' ? [{ field, reason }] : []);
    }
  }
  if (runEnded(error)) return new AppError(refusals.ended.code, refusals.ended.message);
  return error as Error;
}

/** What Temporal said when `e` says it could not be reached or did not answer in time; null otherwise. */
export function temporalDownReason(e: unknown): string | null {
  if (e instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return '该步骤未能按时完成';
  if (isGrpcServiceError(e) && GRPC_DOWN.has(e.code)) return e.details || e.message;
  return null;
}
