import type { Role, SignerLevel } from './roles';

export interface PersonShape {
  roles: readonly Role[];
  signerLevel: SignerLevel | null;
  unitId: string | null;
}

/** Consistency of a person's roles, level and unit, whichever way the person is written. */
export function personShapeIssues(person: PersonShape): Array<{ field: string; reason: string }> {
  const issues: Array<{ field: string; reason: string }> = [];
  if (person.roles.length === 0) issues.push({ field: 'roles', reason: 'must hold at least one role' });
  if (new Set(person.roles).size !== person.roles.length) issues.push({ field: 'roles', reason: 'must not repeat a role' });
  const signer = person.roles.includes('signer');
  if (signer && person.signerLevel === null) issues.push({ field: 'signerLevel', reason: 'is required for a signer (1, 2 or 3)' });
  if (!signer && person.signerLevel !== null) issues.push({ field: 'signerLevel', reason: 'is only for people with the signer role' });
  if (person.unitId === null && (person.roles.includes('unit_contact') || signer)) {
    issues.push({ field: 'unitId', reason: 'is required for a unit contact or a signer' });
  }
  return issues;
}
