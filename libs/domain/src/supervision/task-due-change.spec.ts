import { defaultCalendar } from '../calendar/default-calendar';
import type { Role } from '../registry/roles';
import { shanghaiInstant } from '../calendar/iso-date';
import { TaskChangeRefusedError, TaskExtensionDeciderError, TaskExtensionStateError } from './errors';
import { taskDueDate, taskDueFromDate, taskTimes } from './task-due';
import { checkDueChange, checkExtensionDecider, extensionToDecide, requestExtension, type DueMoment, type PendingExtension } from './task-due-change';

const calendar = defaultCalendar();
const timing = { remindBefore: '3wd', orderAfter: '3wd', orderLevel: 1, orderReplyWithin: null } as const;
const NOW = shanghaiInstant('2026-12-01', 2 * 3_600_000);

/** A date as the workflow reads it: through the calendar, counted from now. */
function moment(dueOn: string, now = NOW): DueMoment {
  const times = taskTimes(taskDueFromDate(now, dueOn, calendar), timing, calendar);
  return { dueOn: taskDueDate(times), dueAt: times.dueAt };
}

const refusal = (run: () => unknown): Error => {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
};

describe('a change of a task due date', () => {
  const current = moment('2026-12-10');

  it('lets a coordinator move the date either way, to today at the earliest', () => {
    expect(() => checkDueChange('correction', current, moment('2026-12-03'), NOW)).not.toThrow();
    expect(() => checkDueChange('correction', current, moment('2026-12-01'), NOW)).not.toThrow();
  });

  it('refuses a date already past, or the one in force', () => {
    const past = { dueOn: '2026-11-30', dueAt: shanghaiInstant('2026-12-01') };
    expect(refusal(() => checkDueChange('correction', current, past, NOW))).toMatchObject({ code: 'TASK_DUE_INVALID', field: 'dueOn', message: expect.stringContaining('已过') });
    expect(refusal(() => checkDueChange('correction', current, moment('2026-12-10'), NOW)).message).toContain('相同');
    // Saturday 12 December moves to Monday 14: a date that lands on the one in force is no change.
    expect(refusal(() => checkDueChange('correction', moment('2026-12-14'), moment('2026-12-12'), NOW))).toBeInstanceOf(TaskChangeRefusedError);
  });

  it('lets an extension only move the date later, an overdue task included', () => {
    expect(() => checkDueChange('extension', current, moment('2026-12-20'), NOW)).not.toThrow();
    expect(refusal(() => checkDueChange('extension', current, moment('2026-12-09'), NOW)).message).toContain('早于现行时限');
    const overdue = { dueOn: '2026-11-20', dueAt: shanghaiInstant('2026-11-21') };
    expect(() => checkDueChange('extension', overdue, moment('2026-12-04'), NOW)).not.toThrow();
  });
});

describe('an extension request', () => {
  const current = moment('2026-12-10');
  const ask = (dueOn: string): PendingExtension => ({
    ...moment(dueOn),
    due: taskDueFromDate(NOW, dueOn, calendar),
    reason: ' 需征求上级意见 ',
    requestedBy: 'p1',
    requestedOn: '2026-12-01',
  });

  it('records one request at a time, with its reason trimmed and its evidence kept', () => {
    const pending = requestExtension(null, current, { ...ask('2026-12-21'), links: ['https://www.example.gov.cn/pf.html'], fileIds: ['f1'] }, NOW);
    expect(pending).toMatchObject({ dueOn: '2026-12-21', reason: '需征求上级意见', requestedBy: 'p1', links: ['https://www.example.gov.cn/pf.html'], fileIds: ['f1'] });
    expect(refusal(() => requestExtension(pending, current, ask('2026-12-22'), NOW))).toMatchObject({ code: 'TASK_EXTENSION_PENDING' });
    expect(refusal(() => requestExtension(null, current, ask('2026-12-04'), NOW))).toBeInstanceOf(TaskChangeRefusedError);
  });

  it('is decided only while it waits, and approved only while its date is still ahead of the one in force', () => {
    const pending = requestExtension(null, current, ask('2026-12-21'), NOW);
    expect(extensionToDecide(pending, true, current, NOW)).toBe(pending);
    expect(refusal(() => extensionToDecide(null, false, current, NOW))).toBeInstanceOf(TaskExtensionStateError);
    expect(refusal(() => extensionToDecide(pending, true, current, shanghaiInstant('2026-12-22'))).message).toContain('已过');
    // A coordinator moved the date past the one asked for meanwhile: approving would shorten it.
    expect(refusal(() => extensionToDecide(pending, true, moment('2026-12-28'), NOW)).message).toContain('早于现行时限');
    // A refusal needs no date check: the office may say no at any time.
    expect(extensionToDecide(pending, false, current, shanghaiInstant('2026-12-22'))).toBe(pending);
  });
});

describe('who decides an extension', () => {
  const person = (id: string, roles: Role[], unitId: string | null) => ({ id, roles, unitId });

  it('is the office: a coordinator or an admin of another unit', () => {
    expect(() => checkExtensionDecider(person('c1', ['coordinator'], 'office'), 'bureau', 'p1')).not.toThrow();
    expect(() => checkExtensionDecider(person('a1', ['admin'], null), 'bureau', 'p1')).not.toThrow();
  });

  it('is never the unit: its contact, a signer or an auditor is refused with its own code', () => {
    for (const roles of [['unit_contact'], ['signer'], ['auditor'], []] as Role[][]) {
      const refused = refusal(() => checkExtensionDecider(person('p2', roles, 'bureau'), 'bureau', 'p1'));
      expect(refused).toBeInstanceOf(TaskExtensionDeciderError);
      expect(refused).toMatchObject({ code: 'TASK_EXTENSION_NEEDS_OFFICE', message: expect.stringContaining('公开办') });
    }
  });

  it("is never a coordinator who is also the unit's contact, nor the person who asked", () => {
    const contactToo = refusal(() => checkExtensionDecider(person('c2', ['coordinator', 'unit_contact'], 'bureau'), 'bureau', 'p1'));
    expect(contactToo).toMatchObject({ code: 'TASK_EXTENSION_NEEDS_OFFICE', message: expect.stringContaining('本单位或本人') });
    // The same person, as a contact of another unit, may decide for this one.
    expect(() => checkExtensionDecider(person('c2', ['coordinator', 'unit_contact'], 'health'), 'bureau', 'p1')).not.toThrow();
    expect(refusal(() => checkExtensionDecider(person('p1', ['admin'], 'bureau'), 'bureau', 'p1')).message).toContain('本单位或本人');
    // With nothing pending the role is all there is to check; the workflow then says nothing waits.
    expect(() => checkExtensionDecider(person('p1', ['admin'], 'office'), 'bureau', null)).not.toThrow();
  });
});
