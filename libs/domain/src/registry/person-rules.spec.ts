import { personShapeIssues } from './person-rules';

describe('personShapeIssues', () => {
  it('accepts a coordinator without a unit and a signer with a level and a unit', () => {
    expect(personShapeIssues({ roles: ['coordinator'], signerLevel: null, unitId: null })).toEqual([]);
    expect(personShapeIssues({ roles: ['signer', 'unit_contact'], signerLevel: 2, unitId: 'u1' })).toEqual([]);
  });

  it('names each inconsistency by field', () => {
    expect(personShapeIssues({ roles: ['signer'], signerLevel: null, unitId: null })).toEqual([
      { field: 'signerLevel', reason: 'is required for a signer (1, 2 or 3)' },
      { field: 'unitId', reason: 'is required for a unit contact or a signer' },
    ]);
    expect(personShapeIssues({ roles: ['auditor'], signerLevel: 3, unitId: null })).toEqual([
      { field: 'signerLevel', reason: 'is only for people with the signer role' },
    ]);
    expect(personShapeIssues({ roles: [], signerLevel: null, unitId: null })[0].field).toBe('roles');
    expect(personShapeIssues({ roles: ['admin', 'admin'], signerLevel: null, unitId: null })[0].reason).toBe('must not repeat a role');
  });
});
