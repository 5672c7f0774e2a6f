import { SetMetadata } from '@nestjs/common';
import type { AuditedKind } from './audit-snapshots';

export const AUDITED = Symbol('audited');

export interface AuditedRoute {
  kind: AuditedKind;
  /** The path parameter naming the record; absent, the record is the one the answer returns (a creation). */
  param?: string;
}

/** A route whose successful change goes into the operation log, with the record before and after. */
export const Audited = (kind: AuditedKind, param?: string) => SetMetadata(AUDITED, { kind, param } satisfies AuditedRoute);
