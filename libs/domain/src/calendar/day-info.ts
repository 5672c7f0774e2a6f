import type { IsoDate } from './iso-date';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  kind: DayKind;
  /** For a holiday, its name; for a make-up workday, the holiday it serves. */
  holiday?: string;
  /** The notice that made this day a holiday or a make-up workday. */
  notice?: string;
  /** Set when a later notice changed the arrangement this day belongs to. */
  amendedBy?: string;
}
