import type { Role } from '../registry/roles';

/** The role a task's history names: the office (admins, coordinators) acts as coordinator, anyone else for the unit. */
export function taskRole(roles: readonly Role[]): 'coordinator' | 'unit_contact' {
  return roles.some((r) => r === 'admin' || r === 'coordinator') ? 'coordinator' : 'unit_contact';
}
