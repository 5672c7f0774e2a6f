import { Param, ParseIntPipe } from '@nestjs/common';
import { invalid } from '../common/app-error';

/** A report year in the path, e.g. /proactive-figures/2026. */
export const YearParam = () =>
  Param(
    'year',
    new ParseIntPipe({ exceptionFactory: () => invalid('year', 'must be a year such as 2026') }),
    {
      transform: (year: number) => {
        if (year < 2000 || year > 2100) throw invalid('year', 'must be a year from 2000 to 2100');
        return year;
      },
    },
  );
