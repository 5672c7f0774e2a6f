import { ValidationError, ValidationPipe } from '@nestjs/common';
import { AppError, FieldIssue } from './app-error';

function flatten(errors: ValidationError[], prefix = ''): FieldIssue[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    // The whitelist message ("property colour should not exist") names the field itself, so it is
    // told by its constraint name, not by its text.
    const own = Object.entries(error.constraints ?? {}).map(([constraint, reason]) => ({
      field,
      reason: constraint === 'whitelistValidation' ? 'is not a known field' : reason.replace(/^\S+ /, ''),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Unknown fields are refused, not dropped: a typo in a field name must not pass silently. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return new AppError('VALIDATION_FAILED', details.map((d) => `${d.field}: ${d.reason}`).join('; '), details);
    },
  });
}
