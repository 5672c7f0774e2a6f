import type { OutcomeCode } from '../annual-report/request-format';
import type { IsoDate } from '../calendar/iso-date';
import type { RequestClock, RequestStatus } from './request-clock';

/**
 * What the list of requests shows and filters on: the clock reduced to plain columns. The
 * workflow writes it after every step; the API computes the same from the same events at
 * registration, so both always agree.
 */
export interface RequestSnapshot {
  status: RequestStatus;
  dueOn: IsoDate | null;
  dueExplanation: string | null;
  calendarVersion: string | null;
  /** The due date assumed Monday to Friday in a year the State Council has not published. */
  provisional: boolean;
  correctionRequestedOn: IsoDate | null;
  correctionDue: IsoDate | null;
  correctionReceivedOn: IsoDate | null;
  extensionApprovedOn: IsoDate | null;
  extensionWorkingDays: number | null;
  extensionApprover: string | null;
  consultationOpen: boolean;
  pausedWorkingDays: number;
  outcome: OutcomeCode | null;
  answeredOn: IsoDate | null;
  /** Answered late, or past its due date unanswered: counts against the handling unit. */
  breached: boolean;
  overdueWorkingDays: number;
}

export const REQUEST_STATUSES: readonly RequestStatus[] = [
  'in_progress',
  'awaiting_correction',
  'consulting',
  'overdue',
  'answered',
  'answered_late',
  'abandoned',
];

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  in_progress: '办理中',
  awaiting_correction: '等待补正',
  consulting: '征求意见中',
  overdue: '超期未答复',
  answered: '已答复',
  answered_late: '超期答复',
  abandoned: '视为放弃申请',
};

export function requestSnapshot(clock: RequestClock): RequestSnapshot {
  const closed = clock.answeredOn !== null;
  // A request closed in row （六）1 was abandoned, whoever recorded the closing.
  const status = closed && clock.outcome === 'other.correction_not_made' ? 'abandoned' : clock.status;
  return {
    status,
    dueOn: clock.due?.due ?? null,
    dueExplanation: clock.due?.explanation ?? null,
    calendarVersion: clock.due?.calendarVersion ?? null,
    provisional: clock.due?.provisional ?? false,
    correctionRequestedOn: clock.correction?.requestedOn ?? null,
    correctionDue: clock.correction?.correctionDue ?? null,
    correctionReceivedOn: clock.correction?.receivedOn ?? null,
    extensionApprovedOn: clock.extension?.approvedOn ?? null,
    extensionWorkingDays: clock.extension?.workingDays ?? null,
    extensionApprover: clock.extension?.approver ?? null,
    consultationOpen: !closed && clock.consultations.some((c) => c.ended === null),
    pausedWorkingDays: clock.pausedWorkingDays,
    outcome: clock.outcome,
    answeredOn: clock.answeredOn,
    breached: status === 'overdue' || status === 'answered_late',
    overdueWorkingDays: clock.overdueWorkingDays,
  };
}
