import type { Role, SignerLevel } from './roles';

export interface PersonShape {
  roles: readonly Role[];
  signerLevel: SignerLevel | null;
  unitId: string | null;
}

/** Consistency of a person's roles, level and unit, whichever way the person is written. */
export function personShapeIssues(person: PersonShape): Array<{ field: string; reason: string }> {
  const issues: Array<{ field: string; reason: string }> = [];
  if (person.roles.length === 0) issues.push({ field: 'roles', reason: '至少应有一个角色' });
  if (new Set(person.roles).size !== person.roles.length) issues.push({ field: 'roles', reason: '角色不能重复' });
  const signer = person.roles.includes('signer');
  if (signer && person.signerLevel === null) issues.push({ field: 'signerLevel', reason: '审签人必须填写审签级别（1、2 或 3）' });
  if (!signer && person.signerLevel !== null) issues.push({ field: 'signerLevel', reason: '只有具有审签人角色的人员才填写审签级别' });
  if (person.unitId === null && (person.roles.includes('unit_contact') || signer)) {
    issues.push({ field: 'unitId', reason: '单位联络员和审签人必须填写所属单位' });
  }
  return issues;
}
