import { isOutcomeCode, type OutcomeCode } from '../annual-report/request-format';
import type { BeyondCoverage, CountFrom, Deadline } from '../calendar/deadline';
import { defaultCalendar } from '../calendar/default-calendar';
import { addDays, assertIsoDate, isWeekend, type IsoDate } from '../calendar/iso-date';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import {
  CorrectionDueBeforeNoticeError,
  CorrectionNoticeLateError,
  EventInFutureError,
  ExtensionAfterDueError,
  ExtensionTooLongError,
  ExtensionWithoutApproverError,
  InvalidExtensionError,
  ReceiptInFutureError,
  RequestEventSequenceError,
  SecondCorrectionNoticeError,
  SecondExtensionError,
  UnknownOutcomeError,
} from './errors';
import {
  ANSWER_WORKING_DAYS,
  CORRECTION_NOTICE_WORKING_DAYS,
  MAX_EXTENSION_WORKING_DAYS,
  REQUEST_EVENT_LABELS,
  THIRD_PARTY_OPINION_WORKING_DAYS,
  type RequestEvent,
} from './request-events';

export interface RequestClockOptions {
  /** The date the clock is read at; events after it are refused. */
  today: IsoDate;
  calendar?: WorkingDayCalendar;
  /** Art. 31 is read both ways by localities; the default is the day after receipt. */
  countFrom?: CountFrom;
  beyondCoverage?: BeyondCoverage;
}

export type RequestStatus =
  | 'in_progress'
  | 'awaiting_correction'
  | 'consulting'
  | 'overdue'
  | 'answered'
  | 'answered_late'
  | 'abandoned';

export interface Consultation {
  party: string;
  started: IsoDate;
  ended: IsoDate | null;
  /** The last of the 15 working days the third party has for its opinion (art. 32). */
  opinionDue: IsoDate;
  /** Working days of this consultation not counted against the answer period. */
  pausedWorkingDays: number;
}

export interface RequestClock {
  today: IsoDate;
  status: RequestStatus;
  receivedOn: IsoDate;
  /** Last day a correction notice may be sent: 7 working days from receipt. */
  correctionNoticeDue: IsoDate;
  correction: { requestedOn: IsoDate; correctionDue: IsoDate; receivedOn: IsoDate | null } | null;
  /** The date the answer period counts from: receipt, or receipt of the corrected request. */
  clockStart: IsoDate | null;
  extension: { approvedOn: IsoDate; workingDays: number; approver: string } | null;
  consultations: Consultation[];
  /** Working days not counted because a consultation was running (overlaps counted once). */
  pausedWorkingDays: number;
  /** The answer due date; null while there is no period running (awaiting correction, abandoned). */
  due: Deadline | null;
  /** True while a consultation is open: the due date moves on with each working day. */
  dueMoves: boolean;
  /** Working days from today to the due date; 0 on the due date, null when not running. */
  workingDaysLeft: number | null;
  /** Working days past the due date, at the answer or today. */
  overdueWorkingDays: number;
  answeredOn: IsoDate | null;
  /** The annual report row the request is counted in once closed. */
  outcome: OutcomeCode | null;
  explanation: string;
}

interface Interval {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The statutory clock of one information request (arts. 30 to 33), read at `today`.
 * Pure: the same events and calendar always give the same clock.
 */
export function requestClock(events: readonly RequestEvent[], options: RequestClockOptions): RequestClock {
  const { today } = options;
  assertIsoDate(today, 'today');
  const calendar = options.calendar ?? defaultCalendar();
  const countOptions = {
    countFrom: options.countFrom ?? 'next_day',
    beyondCoverage: options.beyondCoverage ?? 'refuse',
  } as const;
  const add = (start: IsoDate, days: number) => calendar.addWorkingDays(start, days, countOptions);
  /** Working days d with from < d <= to, assuming Monday to Friday beyond the notices when provisional. */
  const between = (from: IsoDate, to: IsoDate): number => {
    if (countOptions.beyondCoverage === 'refuse' || (calendar.covers(from) && calendar.covers(to))) {
      return calendar.workingDaysBetween(from, to);
    }
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
      if (calendar.covers(day) ? calendar.isWorkingDay(day) : !isWeekend(day)) count++;
    }
    return count;
  };

  if (!Array.isArray(events as unknown) || events.length === 0 || events[0]?.type !== 'received') {
    throw new RequestEventSequenceError('第一条记录必须是“收到申请”', 0);
  }
  events.forEach((event, i) => {
    assertIsoDate(event.date, `events[${i}].date`);
    if (i > 0 && event.date < events[i - 1].date) {
      throw new RequestEventSequenceError(
        `“${REQUEST_EVENT_LABELS[event.type]}”（${event.date}）记在“${REQUEST_EVENT_LABELS[events[i - 1].type]}”` +
          `（${events[i - 1].date}）之后，日期却更早；记录须按日期先后排列`,
        i,
      );
    }
  });
  const receivedOn = events[0].date;
  if (receivedOn > today) throw new ReceiptInFutureError(receivedOn, today);
  events.forEach((event, i) => {
    if (event.date > today) throw new EventInFutureError(REQUEST_EVENT_LABELS[event.type], event.date, today, i);
  });

  const correctionNoticeDue = add(receivedOn, CORRECTION_NOTICE_WORKING_DAYS).due;
  const state = replay(events, correctionNoticeDue, (start, days, consultations, at) =>
    dueDate(start, days, pauses(consultations, start, at)),
  );
  const { correction, clockStart, abandonedLate, extension, answer } = state;

  const readAt = answer?.date ?? today;
  const running = clockStart !== null && abandonedLate === null;
  const extended = extension?.workingDays ?? 0;
  const due = running
    ? dueDate(clockStart, ANSWER_WORKING_DAYS + extended, pauses(state.consultations, clockStart, readAt))
    : null;
  const periods = state.consultations.map((c) => consultationPeriod(c, running ? clockStart : null, readAt, due));
  const openConsultation = !answer && running && periods.some((p) => p.ended === null && today <= p.opinionDue);
  const missedCorrection = correction !== null && correction.receivedOn === null && today > correction.correctionDue;
  const abandoned = !answer && (abandonedLate !== null || missedCorrection);

  let status: RequestStatus;
  if (answer) status = due && answer.date > due.due ? 'answered_late' : 'answered';
  else if (abandoned) status = 'abandoned';
  else if (!due) status = 'awaiting_correction';
  else if (today > due.due) status = 'overdue';
  else if (openConsultation) status = 'consulting';
  else status = 'in_progress';

  const clock: Omit<RequestClock, 'explanation'> = {
    today,
    status,
    receivedOn,
    correctionNoticeDue,
    correction,
    clockStart: running ? clockStart : null,
    extension,
    consultations: periods,
    pausedWorkingDays: due ? due.workingDays - ANSWER_WORKING_DAYS - extended : 0,
    due,
    dueMoves: openConsultation,
    workingDaysLeft: due && !answer && today <= due.due ? between(today, due.due) : null,
    overdueWorkingDays: due && readAt > due.due ? between(due.due, readAt) : 0,
    answeredOn: answer?.date ?? null,
    outcome: answer?.outcome ?? (abandoned ? 'other.correction_not_made' : null),
  };
  return { ...clock, explanation: explainClock(clock, abandonedLate) };

  /** A consultation begun after the period ran out moved nothing. */
  function consultationPeriod(
    c: OpenConsultation,
    start: IsoDate | null,
    at: IsoDate,
    due: Deadline | null,
  ): Consultation {
    const paused = start ? pauseOf(c, start, at) : null;
    const interval = paused && due && paused.from <= due.due ? paused : null;
    return {
      party: c.party,
      started: c.started,
      ended: c.ended,
      opinionDue: add(c.started, THIRD_PARTY_OPINION_WORKING_DAYS).due,
      pausedWorkingDays: interval ? between(interval.from, interval.to) : 0,
    };
  }

  /**
   * The working days after a consultation starts up to its end (or `at` while it is open),
   * never beyond the third party's 15 working days: a silent third party leaves the decision
   * to the office, and waiting longer is the office's own time. Nothing before `start` counts.
   */
  function pauseOf(c: OpenConsultation, start: IsoDate, at: IsoDate): Interval | null {
    const from = c.started < start ? start : c.started;
    const opinionDue = add(c.started, THIRD_PARTY_OPINION_WORKING_DAYS).due;
    const end = c.ended ?? at;
    const to = end < opinionDue ? end : opinionDue;
    return to > from ? { from, to } : null;
  }

  /** Consultations running at the same time pause the clock once. */
  function pauses(list: readonly OpenConsultation[], start: IsoDate | null, at: IsoDate): Interval[] {
    if (!start) return [];
    const intervals = list
      .map((c) => pauseOf(c, start, at))
      .filter((x): x is Interval => x !== null)
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const merged: Interval[] = [];
    for (const interval of intervals) {
      const last = merged[merged.length - 1];
      if (last && interval.from <= last.to) {
        if (interval.to > last.to) last.to = interval.to;
      } else {
        merged.push({ ...interval });
      }
    }
    return merged;
  }

  /** The period, pushed on by each pause that began before it ran out. */
  function dueDate(start: IsoDate, workingDays: number, intervals: readonly Interval[]): Deadline {
    let total = workingDays;
    let deadline = add(start, total);
    for (const interval of intervals) {
      if (interval.from > deadline.due) break;
      total += between(interval.from, interval.to);
      deadline = add(start, total);
    }
    return deadline;
  }
}

interface OpenConsultation {
  party: string;
  started: IsoDate;
  ended: IsoDate | null;
}

interface ReplayState {
  correction: RequestClock['correction'];
  clockStart: IsoDate | null;
  /** Date of a correction that came after the requester's deadline without good reason. */
  abandonedLate: IsoDate | null;
  extension: RequestClock['extension'];
  consultations: OpenConsultation[];
  answer: { date: IsoDate; outcome: OutcomeCode } | null;
}

/**
 * Applies the events after receipt in order, refusing what arts. 30 and 33 do not allow.
 * `dueAt` gives the unextended due date as known on a date, to check an extension's timing.
 */
function replay(
  events: readonly RequestEvent[],
  correctionNoticeDue: IsoDate,
  dueAt: (start: IsoDate, workingDays: number, consultations: readonly OpenConsultation[], at: IsoDate) => Deadline,
): ReplayState {
  const state: ReplayState = {
    correction: null,
    clockStart: events[0].date,
    abandonedLate: null,
    extension: null,
    consultations: [],
    answer: null,
  };
  events.forEach((event, i) => {
    if (i === 0) return;
    if (state.answer) {
      throw new RequestEventSequenceError(
        `申请已于${state.answer.date}答复办结，其后不能再有“${REQUEST_EVENT_LABELS[event.type]}”`,
        i,
      );
    }
    if (state.abandonedLate && event.type !== 'answered') {
      throw new RequestEventSequenceError('申请人逾期补正，申请已视为放弃，其后只能记录办结', i);
    }
    switch (event.type) {
      case 'received':
        throw new RequestEventSequenceError('“收到申请”只能有一条', i);
      case 'correction_requested': {
        if (state.correction) throw new SecondCorrectionNoticeError(state.correction.requestedOn, i);
        if (event.date > correctionNoticeDue) throw new CorrectionNoticeLateError(event.date, correctionNoticeDue, i);
        if (state.extension) throw new RequestEventSequenceError('已批准延期后不能再要求补正', i);
        assertIsoDate(event.correctionDue, `events[${i}].correctionDue`);
        if (event.correctionDue < event.date) {
          throw new CorrectionDueBeforeNoticeError(event.correctionDue, event.date, i);
        }
        state.correction = { requestedOn: event.date, correctionDue: event.correctionDue, receivedOn: null };
        state.clockStart = null;
        return;
      }
      case 'correction_received': {
        const { correction } = state;
        if (!correction) throw new RequestEventSequenceError('未发出补正通知，不能记录收到补正', i);
        if (correction.receivedOn) throw new RequestEventSequenceError(`已于${correction.receivedOn}收到补正`, i);
        correction.receivedOn = event.date;
        if (event.date > correction.correctionDue && !event.goodReason?.trim()) state.abandonedLate = event.date;
        else state.clockStart = event.date;
        return;
      }
      case 'extension_approved': {
        if (state.extension) throw new SecondExtensionError(state.extension.approvedOn, i);
        if (typeof event.approver !== 'string' || event.approver.trim() === '') {
          throw new ExtensionWithoutApproverError(i);
        }
        if (!Number.isInteger(event.workingDays) || event.workingDays < 1) {
          throw new InvalidExtensionError(event.workingDays, i);
        }
        if (event.workingDays > MAX_EXTENSION_WORKING_DAYS) throw new ExtensionTooLongError(event.workingDays, i);
        if (!state.clockStart) throw new RequestEventSequenceError('等待补正期间答复期限尚未起算，不能延期', i);
        const dueThen = dueAt(state.clockStart, ANSWER_WORKING_DAYS, state.consultations, event.date).due;
        if (event.date > dueThen) throw new ExtensionAfterDueError(event.date, dueThen, i);
        state.extension = { approvedOn: event.date, workingDays: event.workingDays, approver: event.approver.trim() };
        return;
      }
      case 'consultation_started': {
        const party = partyOf(event.party, i);
        if (!state.clockStart) throw new RequestEventSequenceError('等待补正期间不能征求第三方意见', i);
        if (state.consultations.some((c) => c.party === party && c.ended === null)) {
          throw new RequestEventSequenceError(`向“${party}”征求意见尚未结束`, i);
        }
        state.consultations.push({ party, started: event.date, ended: null });
        return;
      }
      case 'consultation_ended': {
        const party = partyOf(event.party, i);
        const open = state.consultations.find((c) => c.party === party && c.ended === null);
        if (!open) throw new RequestEventSequenceError(`没有向“${party}”征求意见的开始记录`, i);
        open.ended = event.date;
        return;
      }
      case 'answered': {
        if (!isOutcomeCode(event.outcome)) throw new UnknownOutcomeError(event.outcome, i);
        state.answer = { date: event.date, outcome: event.outcome };
        return;
      }
      default:
        throw new RequestEventSequenceError(`未知的记录类型“${String((event as { type: unknown }).type)}”`, i);
    }
  });
  return state;
}

function partyOf(party: unknown, index: number): string {
  if (typeof party !== 'string' || party.trim() === '') {
    throw new RequestEventSequenceError('征求意见记录须写明第三方名称', index);
  }
  return party.trim();
}

/** The account a clerk or the requester reads to check the clock by hand. */
function explainClock(clock: Omit<RequestClock, 'explanation'>, abandonedLate: IsoDate | null): string {
  const facts = [`${clock.receivedOn}收到申请`];
  const { correction } = clock;
  if (correction) {
    facts.push(`${correction.requestedOn}一次性告知补正，补正期限至${correction.correctionDue}`);
    if (abandonedLate) facts.push(`申请人${abandonedLate}才补正，已逾期且无正当理由，视为放弃申请`);
    else if (correction.receivedOn) facts.push(`${correction.receivedOn}收到补正后的申请，答复期限自该日起重新计算`);
    else if (clock.status === 'abandoned') facts.push('申请人逾期未补正，视为放弃申请');
    else facts.push('等待申请人补正，答复期限尚未起算');
  }
  if (clock.due) {
    let period = `答复期限${ANSWER_WORKING_DAYS}个工作日`;
    if (clock.extension) {
      const { approvedOn, approver, workingDays } = clock.extension;
      period += `，经${approver}于${approvedOn}批准延长${workingDays}个工作日`;
    }
    for (const c of clock.consultations) {
      if (c.pausedWorkingDays === 0) continue;
      const until = c.ended ?? `${clock.today}（尚未结束）`;
      period += `，征求“${c.party}”意见${c.started}至${until}（意见期限至${c.opinionDue}）不计入${c.pausedWorkingDays}个工作日`;
    }
    if (clock.consultations.length > 1) period += `，重叠部分只计一次，合计不计入${clock.pausedWorkingDays}个工作日`;
    facts.push(period);
  }
  return `${facts.join('；')}。${statusSentence(clock)}${clock.due ? `期限计算：${clock.due.explanation}` : ''}`;
}

function statusSentence(clock: Omit<RequestClock, 'explanation'>): string {
  const due = clock.due?.due;
  switch (clock.status) {
    case 'answered':
      return due ? `${clock.answeredOn}答复，未超过${due}届满日。` : `${clock.answeredOn}办结。`;
    case 'answered_late':
      return `${clock.answeredOn}答复，超过${due}届满日${clock.overdueWorkingDays}个工作日。`;
    case 'abandoned':
      return '申请视为放弃，计入年度报告（六）其他处理第1项。';
    case 'awaiting_correction':
      return `截至${clock.today}尚未收到补正。`;
    case 'overdue':
      return `截至${clock.today}已超过${due}届满日${clock.overdueWorkingDays}个工作日，尚未答复。`;
    case 'consulting':
      return `截至${clock.today}征求意见尚未结束，届满日随之顺延，目前为${due}。`;
    case 'in_progress':
      return `截至${clock.today}距${due}届满尚有${clock.workingDaysLeft}个工作日。`;
  }
}
