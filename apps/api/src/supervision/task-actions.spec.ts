import type { Actor } from '../common/actor';
import { taskActionsFor } from './task-actions';

const person = (roles: Actor['roles'], unitId: string | null): Actor => ({ personId: 'p', name: '某人', email: 'p@x.cn', roles, unitId, signerLevel: null, via: 'password' });
const coordinator = person(['coordinator'], 'office');
const contact = person(['unit_contact'], 'bureau');
const task = (status: string) => ({ unitId: 'bureau', status });

describe('taskActionsFor: what the console offers on a task, by the rules its routes apply', () => {
  it("gives the unit's contact the work and the extension request, and the office the verdicts and the changes", () => {
    expect(taskActionsFor(contact, task('in_progress'), null)).toEqual(['submit', 'requestExtension', 'progress']);
    expect(taskActionsFor(coordinator, task('in_progress'), null)).toEqual(['submit', 'cancel', 'changeDue', 'transfer', 'progress']);
    expect(taskActionsFor(coordinator, task('submitted'), null)).toEqual(['verify', 'return', 'cancel', 'changeDue', 'transfer', 'progress']);
    expect(taskActionsFor(contact, task('submitted'), null)).toEqual(['progress']);
  });

  it('offers the decision only while an extension waits, and no second request meanwhile', () => {
    expect(taskActionsFor(coordinator, task('assigned'), 'asker')).toContain('decideExtension');
    expect(taskActionsFor(coordinator, task('assigned'), null)).not.toContain('decideExtension');
    expect(taskActionsFor(contact, task('assigned'), 'asker')).toEqual(['start', 'submit', 'progress']);
  });

  it("does not offer the decision to the one who asked, nor to a coordinator who is also the unit's contact", () => {
    expect(taskActionsFor({ ...coordinator, personId: 'asker' }, task('assigned'), 'asker')).not.toContain('decideExtension');
    expect(taskActionsFor(person(['coordinator', 'unit_contact'], 'bureau'), task('assigned'), 'asker')).not.toContain('decideExtension');
    expect(taskActionsFor(person(['coordinator', 'unit_contact'], 'health'), task('assigned'), 'asker')).toContain('decideExtension');
  });

  it('offers nothing on a closed task, to another unit, or to an auditor', () => {
    expect(taskActionsFor(coordinator, task('verified'), null)).toEqual([]);
    expect(taskActionsFor(coordinator, task('cancelled'), 'asker')).toEqual([]);
    expect(taskActionsFor(person(['unit_contact'], 'health'), task('assigned'), null)).toEqual([]);
    expect(taskActionsFor(person(['auditor'], 'bureau'), task('assigned'), null)).toEqual([]);
  });
});
