import type { FieldIssue } from './app-error';

/** C0 controls but tab, newline and carriage return, and DEL: nothing a person types. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SWAGGER_PROPERTY = 'swagger/apiModelProperties';

type Class = { prototype: object };
const path = (prefix: string, key: string | number) => (typeof key === 'number' ? `${prefix}[${key}]` : prefix ? `${prefix}.${key}` : key);

/** Strings no field may hold: refused whole, so nothing is stored half-cleaned. */
export function badTextIssues(value: unknown, prefix: string, issues: FieldIssue[] = []): FieldIssue[] {
  if (typeof value === 'string') {
    if (CONTROL.test(value)) issues.push({ field: prefix, reason: '含有控制字符' });
    else if (LONE_SURROGATE.test(value)) issues.push({ field: prefix, reason: '含有不成对的代理字符（不是有效的 Unicode 文本）' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => badTextIssues(item, path(prefix, i), issues));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (CONTROL.test(key) || LONE_SURROGATE.test(key)) issues.push({ field: prefix || 'body', reason: '字段名含有控制字符或不成对的代理字符' });
      else badTextIssues(item, path(prefix, key), issues);
    }
  }
  return issues;
}

/** A query parameter given twice arrives as an array; no query parameter of this API takes a list. */
export function repeatedQueryIssues(value: unknown, key: string | undefined): FieldIssue[] {
  if (key !== undefined) return Array.isArray(value) ? [{ field: key, reason: '重复给出：每个查询参数只能给一次' }] : [];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value)
    .filter(([, item]) => Array.isArray(item))
    .map(([field]) => ({ field, reason: '重复给出：每个查询参数只能给一次' }));
}

/**
 * null where the document does not say a field is nullable: optional means "may be left out",
 * not "may be emptied", and a required column emptied by a PATCH was a database error.
 */
export function nullIssues(value: unknown, type: unknown, prefix = '', issues: FieldIssue[] = []): FieldIssue[] {
  if (!value || typeof value !== 'object' || typeof type !== 'function') return issues;
  const proto = (type as Class).prototype;
  for (const [key, item] of Object.entries(value)) {
    const meta = Reflect.getMetadata(SWAGGER_PROPERTY, proto, key) as { nullable?: boolean; type?: unknown } | undefined;
    if (!meta) continue;
    const field = path(prefix, key);
    if (item === null) {
      if (!meta.nullable) issues.push({ field, reason: '不能为 null：不填请省略该字段' });
      continue;
    }
    const nested = Reflect.getMetadata('design:type', proto, key) as unknown;
    const element = typeof meta.type === 'function' && isDto(meta.type) ? meta.type : undefined;
    if (Array.isArray(item) && element) item.forEach((entry, i) => nullIssues(entry, element, path(field, i), issues));
    else if (!Array.isArray(item) && isDto(nested)) nullIssues(item, nested, field, issues);
  }
  return issues;
}

const isDto = (type: unknown): boolean =>
  typeof type === 'function' && Reflect.getMetadataKeys((type as Class).prototype).includes('swagger/apiModelPropertiesArray');

/** Numbers no field takes: beyond what a double holds exactly, or not finite. */
export function numberRangeIssues(value: unknown, prefix: string, issues: FieldIssue[] = []): FieldIssue[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) issues.push({ field: prefix, reason: '超出允许的数值范围' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => numberRangeIssues(item, path(prefix, i), issues));
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) numberRangeIssues(item, path(prefix, key), issues);
  }
  return issues;
}
