import { SetMetadata } from '@nestjs/common';
import type { AuditedKind } from './audit-snapshots';

export const AUDITED = Symbol('audited');

export interface AuditedRoute {
  kind: AuditedKind;
  /** The path parameter naming the record; absent, the record is the one the answer returns (a creation). */
  param?: string;
  /** A query parameter that narrows the record when given (a unit's report of the year): the key becomes `param/query`. */
  query?: string;
}

/**
 * A route whose successful change goes into the operation log, with the record before and
 * after as its kind's snapshot reads it, whoever makes it. Any admin's write is recorded
 * without it (audit.interceptor.ts); this names the record and reads it the same way each time.
 */
export const Audited = (kind: AuditedKind, param?: string, query?: string) => SetMetadata(AUDITED, { kind, param, query } satisfies AuditedRoute);
