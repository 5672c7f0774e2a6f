/**
 * class-validator's rules, told in Chinese. Its English message still carries the rule's bound
 * (a length, a list of values), so that is read from it; a rule not listed keeps the DTO's own
 * message, which a DTO writes in Chinese where it gives one.
 */
const number = (message: string) => /(-?\d+(?:\.\d+)?)/.exec(message)?.[1] ?? '';
/** The allowed values an isIn message lists, however the DTO worded it. */
function values(message: string): string {
  const list = /(?:following values:|one of(?: the [^:]*:)?|:)\s*(.+)$/.exec(message)?.[1] ?? /must be (.+)$/.exec(message)?.[1] ?? '';
  return list.replace(/,? or /g, ', ').replace(/\s*\([^)]*\)$/, '');
}

const REASONS: Record<string, (message: string) => string> = {
  whitelistValidation: () => '不是已知字段',
  isDefined: () => '必须填写',
  isNotEmpty: () => '不能为空',
  isString: () => '应为字符串',
  isInt: () => '应为整数',
  isNumber: () => '应为数字',
  isBoolean: () => '应为 true 或 false',
  isUuid: () => '应为 UUID',
  isEmail: () => '应为电子邮件地址',
  isArray: () => '应为数组',
  isBase64: () => '应为 base64 编码',
  isUrl: () => '应为网址',
  isCalendarDate: () => '应为存在的日期，格式 YYYY-MM-DD',
  nestedValidation: () => '应为对象',
  min: (m) => `不能小于 ${number(m)}`,
  max: (m) => `不能大于 ${number(m)}`,
  minLength: (m) => `长度不能少于 ${number(m)} 个字符`,
  maxLength: (m) => `长度不能超过 ${number(m)} 个字符`,
  arrayMinSize: (m) => `至少应有 ${number(m)} 项`,
  arrayMaxSize: (m) => `最多只能有 ${number(m)} 项`,
  arrayUnique: () => '不能有重复项',
  isIn: (m) => `应为以下之一：${values(m)}`,
  isEnum: (m) => `应为以下之一：${values(m)}`,
};

/** The reason for one broken rule; the English text without the field name it starts with, when the rule is not listed. */
export function validationReason(constraint: string, message: string): string {
  const chinese = REASONS[constraint];
  return chinese ? chinese(message) : message.replace(/^\S+ /, '');
}
