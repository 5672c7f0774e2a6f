import type { IsoDate } from './iso-date';

/** One State Council notice on a year's public holidays, as in data/<year>.json. */
export interface CalendarYearData {
  year: number;
  /** Document number, e.g. 国办发明电〔2023〕7号. */
  notice: string;
  title: string;
  published: IsoDate;
  /** Later notices that changed this year's arrangement; the ranges below are as finally in force. */
  amendments?: CalendarAmendment[];
  holidays: HolidayRange[];
  makeupWorkdays: MakeupWorkday[];
}

export interface CalendarAmendment {
  notice: string;
  title: string;
  published: IsoDate;
  summary?: string;
}

export interface HolidayRange {
  /** As the notice words it, e.g. 国庆节 or 中秋节、国庆节 when two festivals share one break. */
  name: string;
  from: IsoDate;
  to: IsoDate;
  /** The amendment notice that gave this range its final shape. */
  amendedBy?: string;
}

/** A Saturday or Sunday worked in exchange for a weekday off (调休上班). */
export interface MakeupWorkday {
  date: IsoDate;
  /** The holiday this swap serves; one of the holiday names in the same notice. */
  for: string;
}
