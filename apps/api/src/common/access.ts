import { SetMetadata } from '@nestjs/common';
import type { Role } from '../../../../libs/domain/src/registry/roles';
import type { Actor } from './actor';
import { AppError } from './app-error';

export const PUBLIC_ROUTE = Symbol('public-route');
export const REQUIRED_ROLES = Symbol('required-roles');
export const ALLOWED_BEFORE_PASSWORD_CHANGE = Symbol('allowed-before-password-change');
export const OPEN_TO_READERS = Symbol('open-to-readers');

/** No credentials needed (login, health). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);
/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);
/** Reachable while a one-time password is still in use (to change it). */
export const AllowedBeforePasswordChange = () => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);
/** A POST an auditor may make too: it records nothing, or touches only the caller's own sign-in. */
export const OpenToReaders = () => SetMetadata(OPEN_TO_READERS, true);

/** Roles that see every unit; everyone else sees only their own unit. */
const ORGANISATION_WIDE: Role[] = ['admin', 'coordinator', 'auditor'];
export const MANAGERS: Role[] = ['admin', 'coordinator'];

/** Someone whose only role is auditor: they read everything and change nothing. */
export function onlyReads(actor: Actor): boolean {
  return actor.roles.length > 0 && actor.roles.every((role) => role === 'auditor');
}

export function seesAllUnits(actor: Actor): boolean {
  return actor.roles.some((role) => ORGANISATION_WIDE.includes(role));
}

/** The one unit a scoped caller may reach, or null for organisation-wide readers. */
export function unitScope(actor: Actor): string | null {
  return seesAllUnits(actor) ? null : (actor.unitId ?? '');
}

export function assertUnitInScope(actor: Actor, unitId: string | null): void {
  const scope = unitScope(actor);
  if (scope !== null && unitId !== scope) {
    throw new AppError('UNIT_SCOPE', '只能访问本单位的数据');
  }
}
