import { taskRole } from './task-actor';

describe('taskRole', () => {
  it('names the office as coordinator, an administrator included', () => {
    expect(taskRole(['coordinator'])).toBe('coordinator');
    expect(taskRole(['admin'])).toBe('coordinator');
    expect(taskRole(['unit_contact', 'admin'])).toBe('coordinator');
  });

  it('names anyone else as acting for the unit', () => {
    expect(taskRole(['unit_contact'])).toBe('unit_contact');
    expect(taskRole(['signer', 'auditor'])).toBe('unit_contact');
    expect(taskRole([])).toBe('unit_contact');
  });
});
