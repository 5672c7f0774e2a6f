import { Param, ParseIntPipe } from '@nestjs/common';
import { invalid } from '../common/app-error';

/** A report year in the path, e.g. /proactive-figures/2026. */
export const YearParam = () =>
  Param(
    'year',
    new ParseIntPipe({ exceptionFactory: () => invalid('year', '应为年份，如 2026') }),
    {
      transform: (year: number) => {
        if (year < 2000 || year > 2100) throw invalid('year', '应为 2000 至 2100 之间的年份');
        return year;
      },
    },
  );
