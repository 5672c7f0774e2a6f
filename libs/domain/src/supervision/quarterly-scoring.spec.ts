import { defaultCalendar, CalendarNotCoveredError } from '../calendar';
import { QuarterNotEndedError, SupervisionConfigError } from './errors';
import {
  collectQuarterFacts,
  INSUFFICIENT_SAMPLE_NOTE,
  rankUnits,
  resolveQuarterlyScoringConfig,
  scoreUnit,
  taskFactsForQuarter,
  type UnitQuarterFacts,
} from './quarterly-scoring';
import type { SupervisedTask } from './supervision-task';

const Q3_2026 = { year: 2026, quarter: 3 } as const;

function facts(
  unitId: string,
  unitName: string,
  tasks: [due: number, onTime: number],
  overdue: [tasks: number, workingDays: number],
  signOffs: [total: number, onTime: number],
  requests: [total: number, onTime: number],
): UnitQuarterFacts {
  return {
    unitId,
    unitName,
    tasksDue: tasks[0],
    tasksCompletedOnTime: tasks[1],
    overdueTasks: overdue[0],
    overdueWorkingDays: overdue[1],
    signOffs: { total: signOffs[0], onTime: signOffs[1] },
    requests: { total: requests[0], onTime: requests[1] },
  };
}

/*
 * Hand computation with the default weights C 60, S 20, R 20; penalty 2 per overdue task,
 * 0.5 per overdue working day, capped at 40; at least 3 items due; ties within 0.01.
 *
 * A 区教育局  C 10/10, S 5/5, R 2/2            B = 100                               P = 0        score 100
 * B 区卫健委  C 6/8, S 4/4, R 3/4; 2 tasks 2 days
 *             B = 100·(60·0.75 + 20·1 + 20·0.75)/100 = 45 + 20 + 15 = 80      P = 4 + 1 = 5   score 75
 * C 区民政局  C 3/4 only (its late task was due 30 Sep, so no overdue day in the quarter)
 *             B = 100·(60·0.75)/60 = 75                                        P = 0        score 75
 * D 区财政局  C 5/8, S 3/4; 3 tasks 4 days
 *             B = 100·(60·0.625 + 20·0.75)/80 = 100·52.5/80 = 65.625           P = 6 + 2 = 8   score 57.625
 * E 区住建局  C 4/7, S 2/2, R 2/3; 3 tasks 8 days
 *             B = 100·(60·4/7 + 20·1 + 20·2/3)/100 = 34.2857 + 20 + 13.3333 = 67.6190
 *                                                                               P = 6 + 4 = 10  score 57.6190
 * F 区文旅局  C 0/1, S 0/1: 2 items due < 3 -> listed apart, not ranked (by the formula it would score 0).
 *
 * Ranking: A 1; B and C exactly 75 -> 2, 2; D 57.625 and E 57.619 differ by 0.006 <= 0.01 -> 4, 4.
 */
const units = [
  facts('a', '区教育局', [10, 10], [0, 0], [5, 5], [2, 2]),
  facts('f', '区文旅局', [1, 0], [1, 20], [1, 0], [0, 0]),
  facts('e', '区住建局', [7, 4], [3, 8], [2, 2], [3, 2]),
  facts('b', '区卫健委', [8, 6], [2, 2], [4, 4], [4, 3]),
  facts('c', '区民政局', [4, 3], [0, 0], [0, 0], [0, 0]),
  facts('d', '区财政局', [8, 5], [3, 4], [4, 3], [0, 0]),
];

describe('unit score', () => {
  it('matches the hand computation for 区住建局, every intermediate figure included', () => {
    const score = scoreUnit(units[2]);
    expect(score.rates.onTimeCompletion).toBeCloseTo(4 / 7, 10);
    expect(score.rates.signOffTimeliness).toBe(1);
    expect(score.rates.requestTimeliness).toBeCloseTo(2 / 3, 10);
    expect(score).toMatchObject({ itemsDue: 12, baseScore: 67.62, penalty: 10, score: 57.62 });
  });

  it('leaves out a measure with nothing due instead of scoring it 0 or 100', () => {
    // 区民政局 has only tasks: B = 75, not 100·(60·0.75 + 0 + 0)/100 = 45.
    expect(scoreUnit(units[4])).toMatchObject({
      rates: { onTimeCompletion: 0.75, signOffTimeliness: null, requestTimeliness: null },
      baseScore: 75,
      score: 75,
    });
  });

  it('caps the penalty and never goes below 0', () => {
    // P = min(40, 2·10 + 0.5·60 = 50) = 40; B = 50 -> 10.
    expect(scoreUnit(facts('x', '甲', [4, 2], [10, 60], [0, 0], [0, 0]))).toMatchObject({ baseScore: 50, penalty: 40, score: 10 });
    // B = 0, P = 12 -> 0, not -12.
    expect(scoreUnit(units[1]).score).toBe(0);
  });

  it('follows configured weights and penalties', () => {
    // 区卫健委 with C 50, S 0, R 50: B = 100·(50·0.75 + 50·0.75)/100 = 75; P = 1·2 + 0 = 2 -> 73.
    const config = {
      weights: { onTimeCompletion: 50, signOffTimeliness: 0, requestTimeliness: 50 },
      penaltyPerOverdueTask: 1,
      penaltyPerOverdueWorkingDay: 0,
    };
    expect(scoreUnit(units[3], config)).toMatchObject({ itemsDue: 12, baseScore: 75, penalty: 2, score: 73 });
    // Sign-offs still reported, but with weight 0 they are not counted as items due (8 tasks + 4 requests).
    expect(scoreUnit(units[3], config).rates.signOffTimeliness).toBe(1);
  });

  it('refuses facts that cannot be true', () => {
    expect(() => scoreUnit(facts('x', '甲', [2, 3], [0, 0], [0, 0], [0, 0]))).toThrow(/tasksCompletedOnTime exceeds tasksDue/);
    expect(() => scoreUnit(facts('x', '甲', [2, 1], [-1, 0], [0, 0], [0, 0]))).toThrow(/overdueTasks must be a non-negative integer/);
    expect(() => scoreUnit(facts('x', '甲', [2, 1], [0, 0], [1, 2], [0, 0]))).toThrow(/signOffs.onTime exceeds/);
  });
});

describe('quarterly ranking', () => {
  const ranking = rankUnits(Q3_2026, units);

  it('ranks 5 units 1, 2, 2, 4, 4 and lists the unit with too few items apart', () => {
    expect(ranking.quarterLabel).toBe('2026年第3季度');
    expect(ranking.ranked.map((u) => [u.rank, u.facts.unitName, u.score, u.tied])).toEqual([
      [1, '区教育局', 100, false],
      [2, '区卫健委', 75, true],
      [2, '区民政局', 75, true],
      [4, '区财政局', 57.63, true],
      [4, '区住建局', 57.62, true],
    ]);
    expect(ranking.unranked).toEqual([{ facts: units[1], itemsDue: 2, note: '样本不足，不参与排名' }]);
    expect(INSUFFICIENT_SAMPLE_NOTE).toBe('样本不足，不参与排名');
  });

  it('lists exactly tied units in the order given, near ties by score', () => {
    // B comes before C in the input (index 3 vs 4); D's 57.625 is above E's 57.619.
    expect(ranking.ranked.map((u) => u.facts.unitId)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('separates the near tie when the tolerance is 0', () => {
    const strict = rankUnits(Q3_2026, units, { tieTolerance: 0 });
    expect(strict.ranked.map((u) => [u.facts.unitId, u.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
      ['e', 5],
    ]);
  });

  it('ranks the small unit last, with 0, only when the minimum allows it', () => {
    const loose = rankUnits(Q3_2026, units, { minItemsDue: 2 });
    expect(loose.unranked).toEqual([]);
    expect(loose.ranked[loose.ranked.length - 1]).toMatchObject({ rank: 6, score: 0, facts: { unitId: 'f' } });
  });

  it('lists a unit with nothing due apart, never last', () => {
    const idle = facts('g', '区档案馆', [0, 0], [0, 0], [0, 0], [0, 0]);
    const result = rankUnits(Q3_2026, [...units, idle]);
    expect(result.ranked).toHaveLength(5);
    expect(result.unranked.map((u) => [u.facts.unitId, u.itemsDue])).toEqual([
      ['f', 2],
      ['g', 0],
    ]);
  });

  it('gives every unit rank 1 when all scores are equal', () => {
    const same = ['p', 'q', 'r'].map((id) => facts(id, id, [4, 3], [0, 0], [0, 0], [0, 0]));
    expect(rankUnits(Q3_2026, same).ranked.map((u) => u.rank)).toEqual([1, 1, 1]);
  });

  it('refuses a unit given twice and a bad configuration', () => {
    expect(() => rankUnits(Q3_2026, [units[0], units[0]])).toThrow(/unit a is given twice/);
    expect(() => resolveQuarterlyScoringConfig({ minItemsDue: 0 })).toThrow(SupervisionConfigError);
    expect(() => resolveQuarterlyScoringConfig({ weights: { onTimeCompletion: 0, signOffTimeliness: 0, requestTimeliness: 0 } })).toThrow(
      /at least one weight must be above 0/,
    );
    expect(() => resolveQuarterlyScoringConfig({ weights: { onTimeCompletion: -1 } as never })).toThrow(/weights.onTimeCompletion/);
  });

  it('keeps the weights it ranked with in the result', () => {
    expect(ranking.config.weights).toEqual({ onTimeCompletion: 60, signOffTimeliness: 20, requestTimeliness: 20 });
  });
});

describe('task facts of a quarter', () => {
  const calendar = defaultCalendar();
  const Q3_2024 = { year: 2024, quarter: 3 } as const;
  const Q4_2024 = { year: 2024, quarter: 4 } as const;

  function task(
    taskId: string,
    unitId: string,
    due: string,
    status: SupervisedTask['status'],
    submittedOn: string | null = null,
  ): SupervisedTask {
    return { taskId, unitId, title: taskId, source: 'plan', status, due, submittedOn };
  }

  /*
   * Working days in 2024 Q3: July 23, August 22, September 21 (30 days less 7 weekend days off,
   * as Sat 14 and Sun 29 Sep were worked, less 16 and 17 Sep 中秋节) = 66.
   * In Q4: October 19 (31 less 7 holidays and 13, 19, 20, 26, 27; Sat 12 worked), November 21,
   * December 22 = 62.
   */
  const tasks = [
    task('t1', 'u1', '2024-09-13', 'verified', '2024-09-12'), // on time
    task('t2', 'u1', '2024-09-13', 'verified', '2024-09-19'), // late: Sat 14, 18, 19 Sep = 3 days
    task('t3', 'u1', '2024-09-26', 'in_progress'), // open: 27, 29, 30 Sep = 3 days
    task('t4', 'u1', '2024-09-30', 'submitted', '2024-10-08'), // due in Q3, done after it: late, 0 days in Q3
    task('t5', 'u1', '2024-06-28', 'assigned'), // due in Q2, open all Q3: 66 days
    task('t6', 'u1', '2024-10-09', 'assigned'), // due in Q4: not counted in Q3
    task('t7', 'u2', '2024-08-15', 'verified', '2024-08-15'), // on time, on the day
    task('t8', 'u2', '2024-09-20', 'returned', '2024-09-19'), // returned, so open again: 23, 24, 25, 26, 27, 29, 30 Sep = 7
  ];

  it('counts due, on-time and overdue figures as they stood at the end of 2024 Q3', () => {
    const byUnit = taskFactsForQuarter(Q3_2024, tasks, calendar);
    expect(byUnit.u1).toEqual({ tasksDue: 4, tasksCompletedOnTime: 1, overdueTasks: 3, overdueWorkingDays: 3 + 3 + 66 });
    expect(byUnit.u2).toEqual({ tasksDue: 2, tasksCompletedOnTime: 1, overdueTasks: 1, overdueWorkingDays: 7 });
  });

  it('keeps charging a task left open into the next quarter, for that quarter\'s days only', () => {
    const byUnit = taskFactsForQuarter(Q4_2024, tasks, calendar);
    // u1: t3 and t5 open all Q4, 62 days each; t4 submitted 8 Oct, 1 working day after 30 Sep;
    // t6 due 9 Oct and open: 10, 11, 12, 14-18, 21-25, 28-31 Oct = 17, plus November 21 and
    // December 22 = 60. Only t6 is due in Q4. u2: t8 open all Q4, 62 days.
    const u1 = byUnit.u1;
    expect(u1).toEqual({ tasksDue: 1, tasksCompletedOnTime: 0, overdueTasks: 4, overdueWorkingDays: 62 + 1 + 62 + 60 });
    expect(byUnit.u2).toEqual({ tasksDue: 0, tasksCompletedOnTime: 0, overdueTasks: 1, overdueWorkingDays: 62 });
  });

  it('collects facts for every listed unit, zero for a unit without tasks, once the quarter has ended', () => {
    const collected = collectQuarterFacts({
      quarter: Q3_2024,
      asOf: '2024-10-08',
      units: [
        { unitId: 'u1', unitName: '区教育局' },
        { unitId: 'u3', unitName: '区档案馆' },
      ],
      tasks,
      signOffs: { u1: { total: 4, onTime: 3 }, u9: { total: 1, onTime: 1 } },
      requests: { u3: { total: 2, onTime: 2 } },
    });
    expect(collected).toEqual([
      {
        unitId: 'u1',
        unitName: '区教育局',
        tasksDue: 4,
        tasksCompletedOnTime: 1,
        overdueTasks: 3,
        overdueWorkingDays: 72,
        signOffs: { total: 4, onTime: 3 },
        requests: { total: 0, onTime: 0 },
      },
      {
        unitId: 'u3',
        unitName: '区档案馆',
        tasksDue: 0,
        tasksCompletedOnTime: 0,
        overdueTasks: 0,
        overdueWorkingDays: 0,
        signOffs: { total: 0, onTime: 0 },
        requests: { total: 2, onTime: 2 },
      },
    ]);
  });

  it('gives the same figures whenever the circular is produced after the quarter', () => {
    const input = { quarter: Q3_2024, units: [{ unitId: 'u1', unitName: '区教育局' }], tasks };
    expect(collectQuarterFacts({ ...input, asOf: '2024-10-01' })).toEqual(collectQuarterFacts({ ...input, asOf: '2024-12-20' }));
  });

  it('refuses to gather the facts of a quarter not yet ended', () => {
    expect(() =>
      collectQuarterFacts({ quarter: Q3_2024, asOf: '2024-09-30', units: [], tasks: [] }),
    ).toThrow(QuarterNotEndedError);
  });

  it('leaves a cancelled task out of every figure, however late it was', () => {
    const withCancelled = [...tasks, task('t10', 'u1', '2024-07-01', 'cancelled'), task('t11', 'u3', '2024-08-01', 'cancelled')];
    expect(taskFactsForQuarter(Q3_2024, withCancelled, calendar)).toEqual(taskFactsForQuarter(Q3_2024, tasks, calendar));
  });

  it('counts each task against the due date in force at the quarter\'s end', () => {
    // Extended within Q3 from 13 to 27 Sep and submitted 26 Sep: on time, not late.
    const extendedInQuarter: SupervisedTask = {
      ...task('e1', 'u4', '2024-09-27', 'submitted', '2024-09-26'),
      dueChanges: [{ on: '2024-09-12', from: '2024-09-13', to: '2024-09-27' }],
    };
    // Due 13 Sep, still open at the quarter's end, extended in October: Q3 charges it as overdue
    // from 13 Sep: 14, 18, 19, 20, 23, 24, 25, 26, 27, 29, 30 Sep = 11 working days.
    const extendedAfter: SupervisedTask = {
      ...task('e2', 'u5', '2024-11-29', 'in_progress'),
      dueChanges: [{ on: '2024-10-08', from: '2024-09-13', to: '2024-11-29' }],
    };
    const byUnit = taskFactsForQuarter(Q3_2024, [extendedInQuarter, extendedAfter], calendar);
    expect(byUnit.u4).toEqual({ tasksDue: 1, tasksCompletedOnTime: 1, overdueTasks: 0, overdueWorkingDays: 0 });
    expect(byUnit.u5).toEqual({ tasksDue: 1, tasksCompletedOnTime: 0, overdueTasks: 1, overdueWorkingDays: 11 });
    // In Q4 the October extension is in force: due 29 Nov, late from December's 22 working days.
    expect(taskFactsForQuarter(Q4_2024, [extendedAfter], calendar).u5).toEqual({
      tasksDue: 1,
      tasksCompletedOnTime: 0,
      overdueTasks: 1,
      overdueWorkingDays: 22,
    });
  });

  it('refuses a submitted task without its submission date', () => {
    expect(() => taskFactsForQuarter(Q3_2024, [task('t9', 'u1', '2024-09-13', 'submitted')], calendar)).toThrow(
      /task t9 is submitted but has no submittedOn date/,
    );
  });

  it('refuses tasks outside the published calendar instead of guessing', () => {
    expect(() => taskFactsForQuarter({ year: 2027, quarter: 1 }, [task('t', 'u1', '2027-02-10', 'assigned')], calendar)).toThrow(
      CalendarNotCoveredError,
    );
  });
});
