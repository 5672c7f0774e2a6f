import type { IsoDate } from '../calendar/iso-date';

/** A due date moved by an approved extension or a coordinator's correction, on the Shanghai day it took effect. */
export interface TaskDueChange {
  on: IsoDate;
  from: IsoDate;
  to: IsoDate;
}

/**
 * The due date a task had at the end of a day: a change made later has not happened yet, so the
 * date it moved from was in force. Scoring reads it at the quarter's end, so a due moved after
 * the quarter neither rescues nor sinks the quarter already past.
 */
export function dueInForceOn(currentDue: IsoDate, changes: readonly TaskDueChange[], day: IsoDate): IsoDate {
  const later = changes.filter((c) => c.on > day);
  if (later.length === 0) return currentDue;
  // The earliest change after the day moved the due away from the one then in force.
  return later.reduce((first, c) => (c.on < first.on ? c : first)).from;
}
