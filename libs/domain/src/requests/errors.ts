import type { IsoDate } from '../calendar/iso-date';

/**
 * A list of request events the Regulations do not allow, or that contradict each other.
 * Messages are Chinese: the clerk who recorded the event reads them. `eventIndex` points
 * into the list given (0-based).
 */
export abstract class RequestClockError extends Error {
  abstract readonly code: string;

  constructor(
    message: string,
    readonly eventIndex: number | null,
  ) {
    super(message);
  }
}

export class RequestEventSequenceError extends RequestClockError {
  readonly code = 'REQUEST_EVENT_SEQUENCE' as const;

  constructor(detail: string, eventIndex: number | null) {
    super(`申请办理记录有误：${detail}`, eventIndex);
    this.name = 'RequestEventSequenceError';
  }
}

/** The correction deadline set before the notice itself: the sequence is wrong, and the deadline is the field at fault. */
export class CorrectionDueBeforeNoticeError extends RequestEventSequenceError {
  constructor(correctionDue: IsoDate, noticeOn: IsoDate, eventIndex: number) {
    super(`补正期限${correctionDue}早于补正通知日期${noticeOn}`, eventIndex);
    this.name = 'CorrectionDueBeforeNoticeError';
  }
}

export class ReceiptInFutureError extends RequestClockError {
  readonly code = 'RECEIPT_IN_FUTURE' as const;

  constructor(
    readonly receivedOn: IsoDate,
    readonly today: IsoDate,
  ) {
    super(`收到申请日期${receivedOn}晚于今天${today}`, 0);
    this.name = 'ReceiptInFutureError';
  }
}

export class EventInFutureError extends RequestClockError {
  readonly code = 'EVENT_IN_FUTURE' as const;

  constructor(
    readonly label: string,
    readonly date: IsoDate,
    readonly today: IsoDate,
    eventIndex: number,
  ) {
    super(`“${label}”的日期${date}晚于今天${today}`, eventIndex);
    this.name = 'EventInFutureError';
  }
}

export class SecondCorrectionNoticeError extends RequestClockError {
  readonly code = 'SECOND_CORRECTION_NOTICE' as const;

  constructor(
    readonly firstNoticeOn: IsoDate,
    eventIndex: number,
  ) {
    super(`已于${firstNoticeOn}发出补正通知；《条例》第三十条规定只能一次性告知补正`, eventIndex);
    this.name = 'SecondCorrectionNoticeError';
  }
}

export class CorrectionNoticeLateError extends RequestClockError {
  readonly code = 'CORRECTION_NOTICE_LATE' as const;

  constructor(
    readonly noticeOn: IsoDate,
    readonly latest: IsoDate,
    eventIndex: number,
  ) {
    super(`补正通知${noticeOn}发出，晚于收到申请之日起7个工作日的最后一天${latest}（《条例》第三十条）`, eventIndex);
    this.name = 'CorrectionNoticeLateError';
  }
}

export class SecondExtensionError extends RequestClockError {
  readonly code = 'SECOND_EXTENSION' as const;

  constructor(
    readonly firstApprovedOn: IsoDate,
    eventIndex: number,
  ) {
    super(`答复期限已于${firstApprovedOn}延长过一次；《条例》第三十三条只允许延长一次`, eventIndex);
    this.name = 'SecondExtensionError';
  }
}

export class ExtensionWithoutApproverError extends RequestClockError {
  readonly code = 'EXTENSION_WITHOUT_APPROVER' as const;

  constructor(eventIndex: number) {
    super('延长答复期限须经政府信息公开工作机构负责人同意，未填写批准人（《条例》第三十三条）', eventIndex);
    this.name = 'ExtensionWithoutApproverError';
  }
}

export class ExtensionTooLongError extends RequestClockError {
  readonly code = 'EXTENSION_TOO_LONG' as const;

  constructor(
    readonly workingDays: number,
    eventIndex: number,
  ) {
    super(`延长${workingDays}个工作日超过《条例》第三十三条规定的最长20个工作日`, eventIndex);
    this.name = 'ExtensionTooLongError';
  }
}

export class InvalidExtensionError extends RequestClockError {
  readonly code = 'INVALID_EXTENSION' as const;

  constructor(
    readonly workingDays: unknown,
    eventIndex: number,
  ) {
    super(`延长的工作日数应为1至20的整数，却是${String(workingDays)}`, eventIndex);
    this.name = 'InvalidExtensionError';
  }
}

export class ExtensionAfterDueError extends RequestClockError {
  readonly code = 'EXTENSION_AFTER_DUE' as const;

  constructor(
    readonly approvedOn: IsoDate,
    readonly due: IsoDate,
    eventIndex: number,
  ) {
    super(`延期于${approvedOn}批准，答复期限已于${due}届满；期限届满后不能再延长`, eventIndex);
    this.name = 'ExtensionAfterDueError';
  }
}

export class UnknownOutcomeError extends RequestClockError {
  readonly code = 'UNKNOWN_OUTCOME' as const;

  constructor(
    readonly outcome: unknown,
    eventIndex: number,
  ) {
    super(`答复结果“${String(outcome)}”不是年度报告第三部分的任何一项办理结果`, eventIndex);
    this.name = 'UnknownOutcomeError';
  }
}
