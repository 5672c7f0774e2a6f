import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldIssue } from './app-error';
import { validationReason } from './validation-reasons';
import { badTextIssues, nullIssues, numberRangeIssues, repeatedQueryIssues } from './input-hygiene';

function flatten(errors: ValidationError[], prefix = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ field, reason: validationReason(constraint, message) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

const refusal = (details: FieldIssue[]) => new AppError('VALIDATION_FAILED', details.map((d) => `${d.field}：${d.reason}`).join('；'), details);

/**
 * Every body, query and path value, before any handler: text no field may hold, a query
 * parameter given twice, null where a value is required, and (after conversion) a number
 * beyond range are refused with the field, as class-validator's own rules are.
 */
class EdgeValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'custom') return super.transform(value, metadata);
    const prefix = metadata.data ?? '';
    const issues = badTextIssues(value, prefix);
    if (metadata.type === 'query') issues.push(...repeatedQueryIssues(value, metadata.data));
    if (metadata.type === 'body' && metadata.data === undefined) issues.push(...nullIssues(value, metadata.metatype));
    if (issues.length) throw refusal(dedupe(issues));
    const result = await super.transform(value, metadata);
    const ranges = numberRangeIssues(result, prefix);
    if (ranges.length) throw refusal(ranges);
    return result;
  }
}

const dedupe = (issues: FieldIssue[]) => issues.filter((issue, i) => issues.findIndex((o) => o.field === issue.field && o.reason === issue.reason) === i);

/** Unknown fields are refused, not dropped: a typo in a field name must not pass silently. */
export function createValidationPipe(): ValidationPipe {
  return new EdgeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => refusal(flatten(errors)),
  });
}
