import { SupervisionConfigError } from './errors';
import { DEFAULT_SUPERVISION_CONFIG, resolveSupervisionConfig } from './supervision-config';

describe('supervision configuration', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SUPERVISION_CONFIG).toEqual({
      timeline: { reminderOffsets: [3, 1], remindOnDueDate: true, supervisionOrderAfterOverdueWorkingDays: 3 },
      supervisionOrder: { numberPrefix: '督', replyWorkingDays: { 1: 5, 2: 3, 3: 1 } },
      phoneDispatch: { atRiskWithinWorkingDays: 2, maxUnreachableTries: 3 },
      dailyUrging: { dueSoonWithinWorkingDays: 3 },
      scoring: {
        weights: { onTimeCompletion: 60, signOffTimeliness: 20, requestTimeliness: 20 },
        penaltyPerOverdueTask: 2,
        penaltyPerOverdueWorkingDay: 0.5,
        maxPenalty: 40,
        minItemsDue: 3,
        tieTolerance: 0.01,
      },
      lastPlace: { bottomCount: 1, rectificationPlanWorkingDays: 10 },
      mailRetry: { initialDelayMs: 60_000, multiplier: 2, maxDelayMs: 3_600_000, maxAttempts: 10 },
    });
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_SUPERVISION_CONFIG)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SUPERVISION_CONFIG.scoring.weights)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SUPERVISION_CONFIG.timeline.reminderOffsets)).toBe(true);
  });

  it('overlays settings on the defaults; an undefined setting keeps its default', () => {
    const config = resolveSupervisionConfig({
      scoring: { weights: { onTimeCompletion: 50 } as never, minItemsDue: 5 },
      lastPlace: { bottomCount: 2, rectificationPlanWorkingDays: undefined },
      timeline: { reminderOffsets: [1, 5] },
    });
    expect(config.scoring.weights).toEqual({ onTimeCompletion: 50, signOffTimeliness: 20, requestTimeliness: 20 });
    expect(config.scoring.minItemsDue).toBe(5);
    expect(config.lastPlace).toEqual({ bottomCount: 2, rectificationPlanWorkingDays: 10 });
    expect(config.timeline.reminderOffsets).toEqual([5, 1]);
    expect(config.dailyUrging).toEqual(DEFAULT_SUPERVISION_CONFIG.dailyUrging);
  });

  it('reports the problems of every section at once', () => {
    let error: unknown;
    try {
      resolveSupervisionConfig({ dailyUrging: { dueSoonWithinWorkingDays: -2 }, scoring: { tieTolerance: -1, maxPenalty: Number.NaN } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SupervisionConfigError);
    expect(error).toMatchObject({
      code: 'SUPERVISION_CONFIG_INVALID',
      section: 'dailyUrging, scoring',
      problems: [
        'dailyUrging.dueSoonWithinWorkingDays must be an integer from 0 to 250, got -2',
        'scoring.maxPenalty must be a finite number >= 0, got NaN',
        'scoring.tieTolerance must be a finite number >= 0, got -1',
      ],
    });
  });
});
