import { DEFAULT_DAILY_URGING_CONFIG, resolveDailyUrgingConfig, type DailyUrgingConfig } from './daily-urging';
import { SupervisionConfigError } from './errors';
import { DEFAULT_LAST_PLACE_CONFIG, resolveLastPlaceConfig, type LastPlaceConfig } from './last-place';
import { DEFAULT_MAIL_RETRY_CONFIG, resolveMailRetryConfig, type MailRetryConfig } from './mail-retry';
import { DEFAULT_PHONE_DISPATCH_CONFIG, resolvePhoneDispatchConfig, type PhoneDispatchConfig } from './phone-dispatch';
import {
  DEFAULT_QUARTERLY_SCORING_CONFIG,
  resolveQuarterlyScoringConfig,
  type QuarterlyScoringConfig,
} from './quarterly-scoring';
import {
  DEFAULT_SUPERVISION_ORDER_CONFIG,
  resolveSupervisionOrderConfig,
  type SupervisionOrderConfig,
} from './supervision-order';
import { DEFAULT_TASK_TIMELINE_CONFIG, resolveTaskTimelineConfig, type TaskTimelineConfig } from './task-timeline';

/** Every setting of the supervision cycle, one section per rule. */
export interface SupervisionConfig {
  timeline: TaskTimelineConfig;
  supervisionOrder: SupervisionOrderConfig;
  phoneDispatch: PhoneDispatchConfig;
  dailyUrging: DailyUrgingConfig;
  scoring: QuarterlyScoringConfig;
  lastPlace: LastPlaceConfig;
  mailRetry: MailRetryConfig;
}

export type SupervisionConfigOverrides = { [K in keyof SupervisionConfig]?: Partial<SupervisionConfig[K]> };

export const DEFAULT_SUPERVISION_CONFIG: Readonly<SupervisionConfig> = Object.freeze({
  timeline: DEFAULT_TASK_TIMELINE_CONFIG,
  supervisionOrder: DEFAULT_SUPERVISION_ORDER_CONFIG,
  phoneDispatch: DEFAULT_PHONE_DISPATCH_CONFIG,
  dailyUrging: DEFAULT_DAILY_URGING_CONFIG,
  scoring: DEFAULT_QUARTERLY_SCORING_CONFIG,
  lastPlace: DEFAULT_LAST_PLACE_CONFIG,
  mailRetry: DEFAULT_MAIL_RETRY_CONFIG,
});

/**
 * Defaults overlaid with `overrides`, every section checked, so a bad setting stops the process
 * at start-up rather than on the first quarterly run.
 *
 * @throws SupervisionConfigError listing the problems of every section at once.
 */
export function resolveSupervisionConfig(overrides: SupervisionConfigOverrides = {}): SupervisionConfig {
  const failed: SupervisionConfigError[] = [];
  const attempt = <T>(resolve: () => T): T => {
    try {
      return resolve();
    } catch (error) {
      if (!(error instanceof SupervisionConfigError)) throw error;
      failed.push(error);
      return undefined as T;
    }
  };
  const config: SupervisionConfig = {
    timeline: attempt(() => resolveTaskTimelineConfig(overrides.timeline)),
    supervisionOrder: attempt(() => resolveSupervisionOrderConfig(overrides.supervisionOrder)),
    phoneDispatch: attempt(() => resolvePhoneDispatchConfig(overrides.phoneDispatch)),
    dailyUrging: attempt(() => resolveDailyUrgingConfig(overrides.dailyUrging)),
    scoring: attempt(() => resolveQuarterlyScoringConfig(overrides.scoring)),
    lastPlace: attempt(() => resolveLastPlaceConfig(overrides.lastPlace)),
    mailRetry: attempt(() => resolveMailRetryConfig(overrides.mailRetry)),
  };
  if (failed.length > 0) {
    throw new SupervisionConfigError(
      failed.map((error) => error.section).join(', '),
      failed.flatMap((error) => error.problems.map((problem) => `${error.section}.${problem}`)),
    );
  }
  return config;
}
