import { continueAsNew, setHandler, workflowInfo } from '@temporalio/workflow';
import { CaseKernel, stepActivities, SYSTEM, type EntryActor } from '../shared/case-kernel';
import type { RegistrationUpdate, RequestActivities, RequestRecordEntry, RequestStep } from '../../libs/contracts/src/request-activities';
import type { Recipient, StepMail } from '../../libs/contracts/src/step-mail';
import { followCalendar, type CalendarChange } from '../shared/calendar-feed';
import type { DeadlineMove } from '../../libs/contracts/src/calendar-activities';
import type { WorkingDayCalendar } from '../../libs/domain/src/calendar/working-day-calendar';
import { shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import type { Actor } from '../../libs/domain/src/registry/actor';
import type { Role } from '../../libs/domain/src/registry/roles';
import { requestAlarms } from '../../libs/domain/src/requests/request-alarms';
import type { RequestEvent } from '../../libs/domain/src/requests/request-events';
import { requestMail, type RequestMailContext } from '../../libs/domain/src/requests/request-mail';
import { eventFacts } from '../../libs/domain/src/requests/request-record';
import { checkExtensionApprover, checkRequestEvent, isClosed, readClock, RequestRuleError } from '../../libs/domain/src/requests/request-rules';
import { requestSnapshot } from '../../libs/domain/src/requests/request-snapshot';
import { checkRegistrationCorrection, checkRequestTransfer } from '../../libs/domain/src/requests/request-changes';
import { excerptOf } from '../../libs/domain/src/requests/request-excerpt';
import type { ReceiptChannel } from '../../libs/domain/src/requests/receipt-channel';
import type { ApplicantColumnCode } from '../../libs/domain/src/annual-report/request-format';
import type { MailText } from '../../libs/domain/src/text/mail-text';
import {
  approveExtensionUpdate,
  closeUpdate,
  correctRegistrationUpdate,
  endConsultationUpdate,
  receiveCorrectionUpdate,
  sendCorrectionNoticeUpdate,
  startConsultationUpdate,
  transferRequestUpdate,
  type CorrectRegistrationArgs,
  type RequestInput,
  type RequestState,
  type TransferRequestArgs,
} from './request.messages';
import { workflowNow } from '../shared/workflow-clock';

const { recordRequestStep } = stepActivities<RequestActivities>();

/** The role a person acted in, for the record: the office's role when they hold it. */
function roleOf(roles: readonly Role[]): string {
  return (['coordinator', 'admin', 'unit_contact'] as const).find((role) => roles.includes(role)) ?? roles[0] ?? 'unknown';
}

/**
 * One information request, from receipt to its answer (arts. 30 to 33). The statutory clock is
 * the pure requestClock over the request's events, recomputed at every step; people's steps
 * arrive as updates checked against the Regulations before anything is recorded; time brings
 * reminders to the handling unit, the breach when the answer period runs out, and the closing
 * of a request whose correction never came. Every step is written by one idempotent activity.
 */
export async function requestWorkflow(input: RequestInput): Promise<RequestState> {
  const feed = followCalendar((next) => impactUnder(next), (change) => calendarChanged(change), () => state);
  let calendar = feed.current();
  const state: RequestState = input.resume?.state ?? {
    request: input.request,
    settings: input.settings,
    events: [{ type: 'received', date: input.request.receivedOn }, ...(input.imported ?? [])],
    answer: null,
    remindedLeads: [],
    breachedDue: null,
  };
  const r = state.request;
  const kernel = new CaseKernel({
    numbers: input.resume ?? { seq: 0 },
    mailKeyPrefix: `request:${r.requestId}`,
    ruleErrors: [RequestRuleError],
    timers: 'per-wait',
  });
  const guard = <T>(check: () => T) => kernel.guard(check);
  /** The snapshot last written, to write again only when the clock moved. */
  let written: string | null = null;

  const now = () => workflowNow();
  const today = () => shanghaiDate(new Date(now()));
  const context = () => ({ events: state.events, today: today(), countFrom: state.settings.countFrom, calendar });
  const clock = () => readClock(state.events, context());
  const snapshot = () => requestSnapshot(clock());

  // Read at each mail: a transfer or a correction changes the unit and the registration.
  const mailContext = (): RequestMailContext => ({
    number: r.number,
    requesterName: r.requesterName,
    requesterType: r.requesterType,
    channel: r.channel,
    receivedOn: r.receivedOn,
    excerpt: r.excerpt,
  });
  const mail = (key: string, text: MailText, cc?: Recipient[]): StepMail => kernel.mail(key, [{ unitContactsOf: r.unitId }], text, cc);

  const as = (actor: Actor): EntryActor => ({ id: actor.id, name: actor.name, role: roleOf(actor.roles) });
  function entry(type: string, date: string, actor: EntryActor, data: Record<string, unknown>): RequestRecordEntry {
    return { ...kernel.stamp(actor), type, date, data };
  }

  /** Queues the step's writes in order: record numbers must reach the database in sequence. */
  function record(entries: RequestRecordEntry[], mails: StepMail[] = [], registration?: RegistrationUpdate): Promise<void> {
    return kernel.record((stepSeq): RequestStep => {
      const current = snapshot();
      written = JSON.stringify(current);
      return { requestId: r.requestId, stepSeq, snapshot: current, answer: state.answer, entries, mails, ...(registration ? { registration } : {}) };
    }, recordRequestStep);
  }

  /** Adds a statutory event (already checked by the update's validator) and records it. */
  async function add(event: RequestEvent, actor: Actor, extra: Record<string, unknown> = {}, mails: (due: string | null) => StepMail[] = () => []) {
    state.events.push(event);
    await record([entry(event.type, event.date, as(actor), { ...eventFacts(event), ...extra })], mails(clock().due?.due ?? null));
    return snapshot();
  }

  const check = (event: RequestEvent, dateField: string) => guard(() => checkRequestEvent(context(), event, dateField));

  if (!input.resume) {
    // Before any handler is set: an update that arrived with the start runs as soon as its
    // handler is, and the receipt must come first in the record.
    const registered = entry('received', r.receivedOn, as(r.registeredBy), { number: r.number, channel: r.channel, requesterType: r.requesterType });
    if (input.imported) {
      // Moved in from the old way of working: the unit has the request already; its steps so far are recorded as they happened.
      const steps = input.imported.map((event) => entry(event.type, event.date, as(r.registeredBy), { ...eventFacts(event), imported: true }));
      void record([{ ...registered, data: { ...registered.data, imported: true } }, ...steps]);
    } else {
      void record([registered], [mail('registered', requestMail.registered(mailContext(), clock().due!.due))]);
    }
  }

  /** The answer's due date, and the correction notice's while one may still be sent, on another calendar. */
  function impactUnder(next: WorkingDayCalendar): DeadlineMove[] {
    if (isClosed(state.events)) return [];
    const before = clock();
    const after = readClock(state.events, { ...context(), calendar: next });
    const moves: DeadlineMove[] = [];
    const [from, to] = [before.due?.due ?? null, after.due?.due ?? null];
    if (from !== to) moves.push({ kind: 'request_answer', from, to, held: state.breachedDue !== null });
    const noticeOpen = before.correction === null && before.correctionNoticeDue >= today();
    if (noticeOpen && before.correctionNoticeDue !== after.correctionNoticeDue) {
      moves.push({ kind: 'request_correction_notice', from: before.correctionNoticeDue, to: after.correctionNoticeDue, held: false });
    }
    return moves;
  }

  /**
   * The clock is the events read on the calendar now in force: a published version moves its
   * deadlines at once, and each move is recorded with the version and notice. After a breach the
   * record says so, for a coordinator to decide: the breach itself stays.
   */
  async function calendarChanged({ calendar: next, inForce, published, moves, decided }: CalendarChange): Promise<void> {
    calendar = next;
    const because = { calendarVersion: published?.version ?? null, notice: published?.notice ?? null, calendarLabel: inForce.label };
    const decision = decided ? [entry('calendar_hold_decided', today(), as(decided.actor), { decision: decided.decision, reason: decided.reason.trim(), ...because })] : [];
    const entries = decision.concat(moves.map((m) =>
      m.held
        ? entry('due_recount_held', today(), SYSTEM, { kind: m.kind, from: m.from, wouldBe: m.to, breachRecordedFor: state.breachedDue, ...because })
        : entry('due_recounted', today(), SYSTEM, { kind: m.kind, from: m.from, dueOn: m.to, ...because }),
    ));
    if (entries.length || JSON.stringify(snapshot()) !== written) await record(entries);
    else kernel.changed();
  }

  // ---- what people do ------------------------------------------------------------------------

  setHandler(
    sendCorrectionNoticeUpdate,
    ({ actor, sentOn, correctionDue }) => add({ type: 'correction_requested', date: sentOn, correctionDue }, actor),
    { validator: ({ sentOn, correctionDue }) => check({ type: 'correction_requested', date: sentOn, correctionDue }, 'sentOn') },
  );

  setHandler(
    receiveCorrectionUpdate,
    ({ actor, receivedOn, goodReason }) =>
      add(goodReason ? { type: 'correction_received', date: receivedOn, goodReason } : { type: 'correction_received', date: receivedOn }, actor),
    { validator: ({ receivedOn, goodReason }) => check({ type: 'correction_received', date: receivedOn, ...(goodReason ? { goodReason } : {}) }, 'receivedOn') },
  );

  setHandler(
    approveExtensionUpdate,
    ({ actor, approvedOn, workingDays, reason }) =>
      add({ type: 'extension_approved', date: approvedOn, workingDays, approver: actor.name }, actor, { reason }, (due) => [
        mail('extension', requestMail.extended(mailContext(), due!, workingDays, actor.name, reason)),
      ]),
    {
      validator: ({ actor, approvedOn, workingDays }) => {
        guard(() => checkExtensionApprover(actor.roles));
        check({ type: 'extension_approved', date: approvedOn, workingDays, approver: actor.name }, 'approvedOn');
      },
    },
  );

  setHandler(
    startConsultationUpdate,
    ({ actor, party, startedOn }) => add({ type: 'consultation_started', date: startedOn, party }, actor),
    { validator: ({ party, startedOn }) => check({ type: 'consultation_started', date: startedOn, party }, 'startedOn') },
  );

  setHandler(
    endConsultationUpdate,
    ({ actor, party, endedOn, opinion }) => add({ type: 'consultation_ended', date: endedOn, party }, actor, opinion ? { opinion } : {}),
    { validator: ({ party, endedOn }) => check({ type: 'consultation_ended', date: endedOn, party }, 'endedOn') },
  );

  setHandler(
    closeUpdate,
    ({ actor, outcome, answeredOn, answer }) => {
      state.answer = answer;
      return add({ type: 'answered', date: answeredOn, outcome }, actor, { answer });
    },
    { validator: ({ outcome, answeredOn }) => check({ type: 'answered', date: answeredOn, outcome }, 'answeredOn') },
  );

  // ---- day two: the case changed, the statutory events kept -------------------------------

  const transferChecked = ({ unit }: TransferRequestArgs) => guard(() => checkRequestTransfer(state.events, r.unitId, unit));

  setHandler(
    transferRequestUpdate,
    async (args) => {
      transferChecked(args);
      const from = { id: r.unitId, name: args.fromUnitName };
      const reason = args.reason.trim();
      r.unitId = args.unit.id;
      // The clock is untouched (the body's receipt counts), so the new unit is told the same due.
      const n = kernel.nextSeq();
      await record(
        [entry('transferred', today(), as(args.actor), { from, to: { id: args.unit.id, name: args.unit.name }, reason })],
        [mail(`transferred.${n}`, requestMail.transferred(mailContext(), clock().due?.due ?? null, from.name, reason))],
        { unitId: args.unit.id },
      );
      return snapshot();
    },
    { validator: (args) => void transferChecked(args) },
  );

  const correctionChecked = ({ actor, changes, reason }: CorrectRegistrationArgs) =>
    guard(() => checkRegistrationCorrection(context(), changes, actor.roles, reason));

  setHandler(
    correctRegistrationUpdate,
    async (args) => {
      state.events = correctionChecked(args);
      const update: RegistrationUpdate = {};
      for (const { field, to } of args.changes) update[field] = to;
      if (update.requesterName !== undefined) r.requesterName = update.requesterName;
      if (update.receiptChannel !== undefined) r.channel = update.receiptChannel as ReceiptChannel;
      if (update.requesterType !== undefined) r.requesterType = update.requesterType as ApplicantColumnCode;
      if (update.receivedOn !== undefined) r.receivedOn = update.receivedOn;
      if (update.content !== undefined) r.excerpt = excerptOf(update.content);
      // A reminder or breach already recorded for the old due stays on record; the new due gets its own.
      await record([entry('registration_corrected', today(), as(args.actor), { changes: args.changes, reason: args.reason?.trim() || null })], [], update);
      return snapshot();
    },
    { validator: (args) => void correctionChecked(args) },
  );

  // ---- what time does ------------------------------------------------------------------------

  /** Does what the clock asks now; when nothing was due, says when to look again. */
  async function answerTheClock(): Promise<{ acted: boolean; nextAt: number | null }> {
    const current = clock();
    const memory = { remindedLeads: state.remindedLeads, breachedDue: state.breachedDue };
    const due = requestAlarms(current, state.settings.reminderLeads, memory, now(), calendar);
    state.remindedLeads = due.memory.remindedLeads;
    state.breachedDue = due.memory.breachedDue;
    if (due.abandon) {
      const closing: RequestEvent = { type: 'answered', date: today(), outcome: 'other.correction_not_made' };
      state.events.push(closing);
      await record(
        [entry('answered', closing.date, SYSTEM, { ...eventFacts(closing), abandoned: true, correctionDue: due.abandon.correctionDue })],
        [mail('abandoned', requestMail.abandoned(mailContext(), due.abandon.correctionDue))],
      );
    } else if (due.breach) {
      const { due: dueOn, overdueWorkingDays } = due.breach;
      await record(
        [entry('breach_recorded', today(), SYSTEM, { dueOn, overdueWorkingDays })],
        [mail(`breach.${dueOn}`, requestMail.breach(mailContext(), dueOn, overdueWorkingDays), [{ unitLeaderOf: r.unitId }, { role: 'coordinator' }])],
      );
    } else if (due.reminder) {
      const { lead, due: dueOn, workingDaysLeft } = due.reminder;
      await record(
        [entry('reminder_sent', today(), SYSTEM, { lead, dueOn, workingDaysLeft })],
        [mail(`remind.${dueOn}.${lead}wd`, requestMail.reminder(mailContext(), dueOn, workingDaysLeft))],
      );
    } else {
      // An open consultation moves the due date each day: keep the list's columns current.
      if (JSON.stringify(requestSnapshot(current)) !== written) await record([]);
      return { acted: false, nextAt: due.nextAt };
    }
    return { acted: true, nextAt: null };
  }

  if (feed.loaded) await feed.loaded;
  while (!isClosed(state.events)) {
    const { acted, nextAt } = await answerTheClock();
    if (!acted) await kernel.waitUntil(nextAt);
    if (workflowInfo().continueAsNewSuggested) {
      await kernel.settle();
      await continueAsNew<typeof requestWorkflow>({ request: state.request, settings: state.settings, resume: { state, ...kernel.numbers() } });
    }
  }
  await kernel.settle();
  return state;
}
