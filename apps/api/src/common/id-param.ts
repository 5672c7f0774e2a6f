import { Param, ParseUUIDPipe } from '@nestjs/common';
import { invalid } from './app-error';

/** A path id that must be a UUID; anything else is a 400 naming the parameter. */
export const IdParam = (name = 'id') =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => invalid(name, '应为 UUID') }));
