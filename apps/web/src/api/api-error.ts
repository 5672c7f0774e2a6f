/** One problem the API found with one field of what was sent. */
export interface FieldIssue {
  field: string;
  reason: string;
  row?: number;
}

/**
 * What a person reads when an answer carries no Chinese message (every refusal of the API does;
 * a proxy's or a gateway's error page does not): the stable code says what happened. A sign-off
 * rule's wording also stands next to the field it names, when the answer gives none.
 */
const RULE_REFUSALS: Record<string, string> = {
  ATTRIBUTE_REQUIRED: '须先认定公开属性',
  BASIS_REQUIRED: '不予公开须选择法定依据',
  BASIS_NOT_ALLOWED: '只有不予公开才填写依据',
  COMMENT_REQUIRED: '退回须填写意见，说明要修改什么',
  REASON_REQUIRED: '须填写理由',
  SAME_ATTRIBUTE: '建议的公开属性与现有属性相同',
  NOT_THE_DRAFTER: '只有起草人可以进行此操作',
  NOT_THE_SIGNER: '您不是本文件的审签人',
  NOT_YOUR_TURN: '尚未轮到您审签，或您这一级已审签',
  SEPARATION_OF_DUTIES: '职责分离：起草人不审签自己的文件，同一人不审签两级',
  WRONG_STATE: '文件当前状态不允许此操作',
  DOCUMENT_FINISHED: '该文件审签已结束，不能再操作',
  REVISION_UNCHANGED: '请上传修改后的文本或文件：此版本就是被退回的版本',
  UNKNOWN_LEVEL: '没有这一审签级别',
  LEVEL_ALREADY_SIGNED: '这一级已审签，不能改派',
  PUBLICATION_DATE: '公开日期不能早于签发日期，也不能晚于今天',
  NOT_ALLOWED: '您的角色无权进行此操作',
};

const CHINESE_BY_CODE: Record<string, string> = {
  UNAUTHENTICATED: '邮箱或密码错误，或登录已过期，请重新登录',
  FORBIDDEN: '您的角色无权进行此操作',
  UNIT_SCOPE: '只能查看或办理本单位的事项',
  NOT_FOUND: '要找的内容不存在',
  VALIDATION_FAILED: '填写的内容有误，请按提示修改',
  PAYLOAD_TOO_LARGE: '文件超过大小限制',
  UNSUPPORTED_MEDIA_TYPE: '不支持此文件类型',
  RATE_LIMITED: '尝试次数过多，请稍后再试',
  CONFLICT: '与已有记录冲突',
  TEMPORAL_UNAVAILABLE: '流程服务暂不可用，请稍后重试',
  TASK_TRANSITION_NOT_ALLOWED: '任务当前状态不允许此操作',
  TASK_TRANSITION_INCOMPLETE: '缺少此操作需要的内容',
  TASK_CLOSED: '任务已办结',
  ORDER_NOT_OPEN: '督办单已回复或已办结',
  CALL_CLOSED: '此电话调度已结束',
  QUARTER_NOT_ENDED: '该季度尚未结束，不能发布通报',
  PASSWORD_CHANGE_REQUIRED: '请先修改一次性密码',
  INTERNAL: '服务器内部错误，已记录，请稍后重试',
  ...RULE_REFUSALS,
};
const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);
/** Chinese, not English that names a person in Chinese (区长陈 signs level 3): no run of three English words. */
const readsInChinese = (text: string) => hasChinese(text) && !/[A-Za-z]+\s+[A-Za-z]+\s+[A-Za-z]+/.test(text);

/** The API's one error shape (apps/api/src/common/error-response.ts), or a network failure as status 0. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldIssue[] = [],
  ) {
    super(message);
  }

  static from(status: number, body: unknown): ApiError {
    const b = (body ?? {}) as { code?: unknown; message?: unknown; details?: unknown };
    const code = typeof b.code === 'string' ? b.code : 'HTTP_ERROR';
    const said = typeof b.message === 'string' ? b.message : '';
    const rule = RULE_REFUSALS[code];
    // The API's own Chinese says most (whose turn it is, which level); a message in any other
    // language (a proxy's, an older server's) gives way to the code's wording.
    const message = readsInChinese(said) ? said : (CHINESE_BY_CODE[code] ?? (said || `服务器返回错误（HTTP ${status}）`));
    const details = Array.isArray(b.details) ? (b.details as FieldIssue[]) : [];
    return new ApiError(status, code, message, rule ? details.map((d) => (readsInChinese(d.reason) ? d : { ...d, reason: rule })) : details);
  }

  /** The reason the API gave for `field` (or a field below it, e.g. files[0]), if any. */
  reasonFor(field: string): string | undefined {
    return this.details.find((d) => d.field === field || d.field.startsWith(`${field}[`) || d.field.startsWith(`${field}.`))?.reason;
  }
}

/** Whatever a call threw, as something a page can show. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试');
}
