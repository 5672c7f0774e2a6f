import { STATUS_CODES } from 'node:http';
import { AppError, ErrorCode, FieldIssue } from './app-error';
import { unavailablePart } from './unavailable';

/** Exhaustive: adding an ErrorCode without a status does not compile. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  UNIT_SCOPE: 403,
  AUDITOR_READ_ONLY: 403,
  // A delegate or reassigned signer outside the document's unit chain or of another level.
  SIGNER_NOT_ELIGIBLE: 422,
  PASSWORD_CHANGE_REQUIRED: 403,
  CSRF_TOKEN_INVALID: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  // An .xlsx or .docx that unpacks beyond ARCHIVE_UNPACK_LIMIT (a zip bomb).
  ARCHIVE_TOO_LARGE: 413,
  IMPORT_REJECTED: 422,
  RATE_LIMITED: 429,
  TEMPORAL_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
  // Sign-off rules: a missing field is 400, who-may-act 403, the document's state 409, content 422.
  COMMENT_REQUIRED: 400,
  REASON_REQUIRED: 400,
  UNKNOWN_LEVEL: 400,
  NOT_THE_DRAFTER: 403,
  NOT_THE_SIGNER: 403,
  SEPARATION_OF_DUTIES: 403,
  NOT_ALLOWED: 403,
  NOT_YOUR_TURN: 409,
  WRONG_STATE: 409,
  DOCUMENT_FINISHED: 409,
  LEVEL_ALREADY_SIGNED: 409,
  ATTRIBUTE_REQUIRED: 422,
  BASIS_REQUIRED: 422,
  BASIS_NOT_ALLOWED: 422,
  SAME_ATTRIBUTE: 422,
  REVISION_UNCHANGED: 422,
  PUBLICATION_DATE: 422,
  // Information requests: a value the form refuses is 400, who-may-act 403, the request's
  // history 409 (closed, once only, out of order), a date the Regulations do not allow 422.
  INVALID_EXTENSION: 400,
  UNKNOWN_OUTCOME: 400,
  EXTENSION_NEEDS_OFFICE_HEAD: 403,
  REQUEST_CLOSED: 409,
  REQUEST_EVENT_SEQUENCE: 409,
  SECOND_CORRECTION_NOTICE: 409,
  SECOND_EXTENSION: 409,
  RECEIPT_IN_FUTURE: 422,
  EVENT_IN_FUTURE: 422,
  CORRECTION_NOTICE_LATE: 422,
  EXTENSION_WITHOUT_APPROVER: 422,
  EXTENSION_TOO_LONG: 422,
  EXTENSION_AFTER_DUE: 422,
  // Day two on a request: the receipt date and requester type are the office's to correct, with
  // a reason; a correction that changes nothing, a receipt moved to another year, a transfer to
  // the same or a deactivated unit are 422.
  CORRECTION_NEEDS_OFFICE: 403,
  CORRECTION_NEEDS_REASON: 400,
  CORRECTION_UNCHANGED: 422,
  RECEIPT_YEAR_CHANGE: 422,
  REQUEST_TRANSFER_INVALID: 422,
  // An imported request's step given without its companion (a notice without its due date).
  IMPORTED_STEP_INCOMPLETE: 422,
  // A repeal: a document that cannot be repealed (not a regulation or normative document, not
  // signed, repealed already) is 409; a repeal date in the future or before the signing, 422.
  NOT_REPEALABLE: 409,
  REPEAL_DATE: 422,
  // Annual report checking: a kind of file not read is 415; a file or text that cannot be read as a report 422.
  REPORT_FILE_UNSUPPORTED: 415,
  REPORT_FILE_EMPTY: 422,
  REPORT_FILE_UNREADABLE: 422,
  PDF_NO_TEXT_LAYER: 422,
  NOT_A_REPORT: 422,
  REPORT_TRUNCATED: 422,
  REPORT_LABEL_INVALID: 422,
  REPORT_VALUE_INVALID: 422,
  REPORT_LAYOUT_INVALID: 422,
  REPORT_TITLE_INVALID: 422,
  PREVIOUS_REPORT_MISMATCH: 422,
  // Supervision: an action missing what it needs is 400; one the task's (or call's) state refuses, 409.
  TASK_TRANSITION_INCOMPLETE: 400,
  TASK_TRANSITION_NOT_ALLOWED: 409,
  TASK_CLOSED: 409,
  ORDER_NOT_OPEN: 409,
  TASK_EXTENSION_PENDING: 409,
  TASK_EXTENSION_NOT_PENDING: 409,
  // An extension decided by the unit that asked, or by anyone not of the office.
  TASK_EXTENSION_NEEDS_OFFICE: 403,
  // A due date the rules refuse (past, unchanged, an extension shortening the time), a transfer to the same or a deactivated unit: 422.
  TASK_DUE_INVALID: 422,
  TASK_TRANSFER_INVALID: 422,
  CALL_CLOSED: 409,
  // A report whose figures break a rule is 422; a year published (or not yet) for the change asked, 409.
  REPORT_NOT_RECONCILED: 422,
  REPORT_NOT_PUBLISHED: 409,
  YEAR_LOCKED: 409,
  QUARTER_NOT_ENDED: 409,
  CALENDAR_DATA_INVALID: 422,
  CALENDAR_VERSION_PUBLISHED: 409,
  CALENDAR_HOLD_NONE: 409,
  CALENDAR_HOLD_DECIDED: 409,
  CALENDAR_HOLD_NEEDS_COORDINATOR: 403,
  CALENDAR_HOLD_REASON_REQUIRED: 422,
  CALENDAR_YEAR_GAP: 409,
  CALENDAR_FILE_NOT_JSON: 400,
};

export interface ErrorBody {
  statusCode: number;
  error: string;
  code: string;
  message: string;
  details: FieldIssue[];
}

const body = (statusCode: number, code: string, message: string, details: FieldIssue[] = []): ErrorBody => ({
  statusCode,
  error: STATUS_CODES[statusCode] ?? 'Error',
  code,
  message,
  details,
});

/** Fastify's own errors, raised before a route handler runs (parsing, limits, routing). */
const FASTIFY_CODES: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: '请求体超过了大小上限' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: '请以 application/json 发送（导入文件用 multipart/form-data）' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'VALIDATION_FAILED', message: 'JSON 请求体为空' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'VALIDATION_FAILED', message: '请求体不是有效的 JSON' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', message: '上传的文件超过了大小上限' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: '请以 multipart/form-data 上传文件' },
  // Raised by the router before any route: an identifier that long names nothing, a path that
  // does not decode is no address.
  FST_ERR_MAX_PARAM_LENGTH: { status: 404, code: 'NOT_FOUND', message: '路径中的标识过长，不指向任何记录' },
  FST_ERR_BAD_URL: { status: 400, code: 'VALIDATION_FAILED', message: '网址无法解析' },
};

/** The framework's own 4xx, told in Chinese (its English text is not shown to people). */
const GENERIC_4XX: Record<number, string> = {
  400: '请求格式不正确',
  404: '没有这个地址',
  405: '这个地址不接受该请求方法',
  413: '请求体超过了大小上限',
  415: '不支持该内容类型',
};

/**
 * A route's own answer to a body that is not JSON, set with `@RouteConfig({ bodyNotJson })`: where the
 * body is a file the user chose, the fault is named on the file.
 */
export interface BodyNotJson {
  bodyNotJson?: () => AppError;
}

/** Turns anything thrown into the one error shape; `internal` says whether to log it as a fault. */
export function toErrorBody(error: unknown, route: BodyNotJson = {}): { body: ErrorBody; internal: boolean; retryAfterSeconds?: number } {
  // Nest's own Fastify error handler (installed at init, replacing any set before) wraps Fastify's
  // 4xx errors in an HttpException with the original as `cause`: look at the original's code.
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string' && FASTIFY_CODES[cause.code]) error = cause;
  const code = (error as { code?: unknown } | null)?.code;
  if (route.bodyNotJson && (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError)) error = route.bodyNotJson();
  if (error instanceof AppError) {
    return { body: body(HTTP_STATUS[error.code], error.code, error.message, error.details), internal: false, retryAfterSeconds: error.retryAfterSeconds };
  }
  const e = error as { code?: string; statusCode?: number; status?: number; message?: string; getStatus?: () => number };
  if (e?.code && FASTIFY_CODES[e.code]) {
    const known = FASTIFY_CODES[e.code];
    return { body: body(known.status, known.code, known.message), internal: false };
  }
  if (error instanceof SyntaxError || e?.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return { body: body(400, 'VALIDATION_FAILED', `请求体不是有效的 JSON：${(error as Error).message}`), internal: false };
  }
  const status = typeof e?.getStatus === 'function' ? e.getStatus() : (e?.statusCode ?? e?.status);
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = status === 404 ? 'NOT_FOUND' : status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST';
    return { body: body(status, code, GENERIC_4XX[status] ?? '请求无法处理'), internal: false };
  }
  const down = unavailablePart(error);
  // Retry-After: the outages the cluster proofs cause last seconds, not minutes.
  if (down) return { body: body(503, down.code, down.message, [{ field: down.field, reason: down.reason }]), internal: false, retryAfterSeconds: 5 };
  return { body: body(500, 'INTERNAL', '服务器内部错误，已记录在日志中'), internal: true };
}
