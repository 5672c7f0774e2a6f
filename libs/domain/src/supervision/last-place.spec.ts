import { QuarterMismatchError, SupervisionConfigError } from './errors';
import { lastPlaceReminderTasks, rectificationPlanDeadline, resolveLastPlaceConfig, selectLastPlace } from './last-place';
import { rankUnits, type UnitQuarterFacts } from './quarterly-scoring';

const Q3_2026 = { year: 2026, quarter: 3 } as const;
const Q2_2026 = { year: 2026, quarter: 2 } as const;

function unit(unitId: string, unitName: string, onTime: number): UnitQuarterFacts {
  // 4 tasks due, tasks only: score = 100 · onTime / 4.
  return {
    unitId,
    unitName,
    tasksDue: 4,
    tasksCompletedOnTime: onTime,
    overdueTasks: 0,
    overdueWorkingDays: 0,
    signOffs: { total: 0, onTime: 0 },
    requests: { total: 0, onTime: 0 },
  };
}

// Scores 100, 75, 75, 50, 50 -> ranks 1, 2, 2, 4, 4; plus a unit with too few items, never selected.
const ranking = rankUnits(Q3_2026, [
  unit('a', '区教育局', 4),
  unit('b', '区卫健委', 3),
  unit('c', '区民政局', 3),
  unit('d', '区财政局', 2),
  unit('e', '区住建局', 2),
  { ...unit('f', '区文旅局', 0), tasksDue: 1 },
]);

describe('last-place selection', () => {
  it('takes the bottom unit, and the unit tied with it at the boundary', () => {
    const selection = selectLastPlace(ranking, null);
    expect(selection.lastPlace).toEqual([
      { unitId: 'd', unitName: '区财政局', rank: 4, score: 50 },
      { unitId: 'e', unitName: '区住建局', rank: 4, score: 50 },
    ]);
    expect(selection.interviews).toEqual([]);
  });

  it('takes the bottom N, widening to the whole tie at the boundary', () => {
    expect(selectLastPlace(ranking, null, { lastPlaceCount: 2 }).lastPlace.map((u) => u.unitId)).toEqual(['d', 'e']);
    // The third from the bottom is c, tied with b at rank 2: both come in, worst first.
    expect(selectLastPlace(ranking, null, { lastPlaceCount: 3 }).lastPlace.map((u) => u.unitId)).toEqual(['d', 'e', 'b', 'c']);
  });

  it('never selects units sharing first place: when all tie, nobody is last', () => {
    const allEqual = rankUnits(Q3_2026, [unit('p', '甲', 3), unit('q', '乙', 3)]);
    expect(selectLastPlace(allEqual, null).lastPlace).toEqual([]);
    expect(selectLastPlace(ranking, null, { lastPlaceCount: 10 }).lastPlace.map((u) => u.unitId)).not.toContain('a');
  });

  it('lists for an interview a unit last in two consecutive quarters', () => {
    const selection = selectLastPlace(ranking, { quarter: Q2_2026, unitIds: ['e', 'x'] });
    expect(selection.interviews).toEqual([{ unitId: 'e', unitName: '区住建局', quarters: [Q2_2026, Q3_2026] }]);
  });

  it('does not list a unit last two quarters apart', () => {
    let error: unknown;
    try {
      selectLastPlace(ranking, { quarter: { year: 2026, quarter: 1 }, unitIds: ['e'] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(QuarterMismatchError);
    expect(error).toMatchObject({ code: 'QUARTER_MISMATCH', expected: '2026-Q2', actual: '2026-Q1' });
  });

  it('refuses a bottom count below 1', () => {
    expect(() => resolveLastPlaceConfig({ lastPlaceCount: 0 })).toThrow(SupervisionConfigError);
  });
});

describe('rectification plan', () => {
  it('is due 10 working days after a letter of 2024-09-30, across National Day', () => {
    // 8-12 Oct (12 Oct a worked Saturday) are days 1-5, 14-18 Oct days 6-10.
    const deadline = rectificationPlanDeadline('2024-09-30');
    expect(deadline.due).toBe('2024-10-18');
    expect(deadline.workingDays).toBe(10);
  });

  it('follows the configured number of working days', () => {
    expect(rectificationPlanDeadline('2024-09-30', { rectificationPlanWorkingDays: 5 }).due).toBe('2024-10-12');
  });

  it('becomes a last_place_reminder task for each last-place unit, keyed by quarter and unit', () => {
    // Letter Friday 2026-10-09: Saturday 10 Oct worked (1), 12-16 Oct (2-6), 19-22 Oct (7-10).
    const tasks = lastPlaceReminderTasks(selectLastPlace(ranking, null), '2026-10-09');
    expect(tasks.map(({ deadline, ...rest }) => ({ ...rest, counted: deadline.counted.length }))).toEqual([
      {
        key: 'last-place:2026-Q3:d',
        source: 'last_place_reminder',
        unitId: 'd',
        unitName: '区财政局',
        title: '报送2026年第3季度政务公开工作整改方案',
        assignedOn: '2026-10-09',
        due: '2026-10-22',
        counted: 10,
      },
      {
        key: 'last-place:2026-Q3:e',
        source: 'last_place_reminder',
        unitId: 'e',
        unitName: '区住建局',
        title: '报送2026年第3季度政务公开工作整改方案',
        assignedOn: '2026-10-09',
        due: '2026-10-22',
        counted: 10,
      },
    ]);
  });
});
