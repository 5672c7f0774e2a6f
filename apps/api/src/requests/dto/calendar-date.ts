import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '../../../../../libs/domain/src/calendar/iso-date';

/** A date that exists, written YYYY-MM-DD (2024-02-30 is refused, not rolled over). */
export const IsCalendarDate = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isIsoDate(value),
        defaultMessage: (args) => `${args?.property} must be an existing date written YYYY-MM-DD`,
      },
    },
    options,
  );
