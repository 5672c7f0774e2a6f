import { parseDueSpec, type DueSpec } from '../calendar/due-spec';

export interface SignOffLevelConfig {
  level: number;
  /** Who signs at this level, e.g. 科室负责人. */
  title: string;
  /** A named signer; when absent, the unit's (or its ancestors') signer of this level. */
  signerId?: string | null;
  due: DueSpec;
}

export interface SignOffConfig {
  levels: SignOffLevelConfig[];
  /** Reminder to the signer this long before the level's due time (0wd: none). */
  remindBefore: DueSpec;
  /** Escalation to the signer's superior this long after the due time. */
  escalateAfter: DueSpec;
  publication: {
    /** Art. 26: within 20 working days of signing; a unit may set a shorter limit. */
    due: DueSpec;
    remindBefore: DueSpec;
    /** While publication is overdue, a reminder this often. */
    overdueRemindEvery: DueSpec;
  };
}

export const DEFAULT_SIGNOFF_CONFIG: SignOffConfig = {
  levels: [
    { level: 1, title: '科室负责人', due: '3wd' },
    { level: 2, title: '分管领导', due: '3wd' },
    { level: 3, title: '主要负责人', due: '3wd' },
  ],
  remindBefore: '1wd',
  escalateAfter: '1wd',
  publication: { due: '20wd', remindBefore: '3wd', overdueRemindEvery: '5wd' },
};

export const MAX_SIGNOFF_LEVELS = 5;
export const STATUTORY_PUBLICATION_WORKING_DAYS = 20;

export interface ConfigIssue {
  field: string;
  reason: string;
}

/** Every problem in a configuration, each naming its field; empty when it is usable. */
export function checkSignOffConfig(config: SignOffConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const spec = (field: string, value: unknown) => {
    if (!parseDueSpec(value)) issues.push({ field, reason: '应为时限，如 3wd、4h、30m 或 45s' });
  };
  if (config.levels.length < 1 || config.levels.length > MAX_SIGNOFF_LEVELS) {
    issues.push({ field: 'levels', reason: `应有 1 至 ${MAX_SIGNOFF_LEVELS} 级` });
  }
  config.levels.forEach((level, i) => {
    if (level.level !== i + 1) issues.push({ field: `levels[${i}].level`, reason: `应为 ${i + 1}：审签级别从 1 起依次编号` });
    spec(`levels[${i}].due`, level.due);
    const due = parseDueSpec(level.due);
    if (due && (due.kind === 'working_days' ? due.count : due.ms) === 0) issues.push({ field: `levels[${i}].due`, reason: '应大于零' });
  });
  const named = config.levels.map((l) => l.signerId).filter((id): id is string => !!id);
  const repeated = named.find((id, i) => named.indexOf(id) !== i);
  if (repeated) issues.push({ field: 'levels', reason: `人员 ${repeated} 被指定审签两级；同一公文任何人不得审签两级` });
  spec('remindBefore', config.remindBefore);
  spec('escalateAfter', config.escalateAfter);
  spec('publication.due', config.publication.due);
  spec('publication.remindBefore', config.publication.remindBefore);
  spec('publication.overdueRemindEvery', config.publication.overdueRemindEvery);
  const publication = parseDueSpec(config.publication.due);
  if (publication?.kind === 'working_days' && (publication.count < 1 || publication.count > STATUTORY_PUBLICATION_WORKING_DAYS)) {
    issues.push({ field: 'publication.due', reason: `应为 1wd 至 ${STATUTORY_PUBLICATION_WORKING_DAYS}wd（《条例》第二十六条）` });
  }
  return issues;
}
