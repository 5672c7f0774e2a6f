import { personShapeIssues } from './person-rules';

describe('personShapeIssues', () => {
  it('accepts a coordinator without a unit and a signer with a level and a unit', () => {
    expect(personShapeIssues({ roles: ['coordinator'], signerLevel: null, unitId: null })).toEqual([]);
    expect(personShapeIssues({ roles: ['signer', 'unit_contact'], signerLevel: 2, unitId: 'u1' })).toEqual([]);
  });

  it('names each inconsistency by field', () => {
    expect(personShapeIssues({ roles: ['signer'], signerLevel: null, unitId: null })).toEqual([
      { field: 'signerLevel', reason: '审签人必须填写审签级别（1、2 或 3）' },
      { field: 'unitId', reason: '单位联络员和审签人必须填写所属单位' },
    ]);
    expect(personShapeIssues({ roles: ['auditor'], signerLevel: 3, unitId: null })).toEqual([
      { field: 'signerLevel', reason: '只有具有审签人角色的人员才填写审签级别' },
    ]);
    expect(personShapeIssues({ roles: [], signerLevel: null, unitId: null })[0].field).toBe('roles');
    expect(personShapeIssues({ roles: ['admin', 'admin'], signerLevel: null, unitId: null })[0].reason).toBe('角色不能重复');
  });
});
