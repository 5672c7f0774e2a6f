import { condition, continueAsNew, patched, setHandler, workflowInfo } from '@temporalio/workflow';
import { CaseKernel, stepActivities, SYSTEM, type EntryActor } from '../shared/case-kernel';
import type { DocumentProjection, SignOffActivities, SignOffStep } from '../../libs/contracts/src/signoff-activities';
import type { Recipient, StepMail } from '../../libs/contracts/src/step-mail';
import { followCalendar, type CalendarChange } from '../shared/calendar-feed';
import type { DeadlineMove } from '../../libs/contracts/src/calendar-activities';
import type { WorkingDayCalendar } from '../../libs/domain/src/calendar/working-day-calendar';
import { shanghaiDate } from '../../libs/domain/src/calendar/iso-date';
import { attributeLabel } from '../../libs/domain/src/signoff/disclosure-attribute';
import { dueTimes, nextRepeat } from '../../libs/domain/src/calendar/due-spec';
import { SignOffRuleError } from '../../libs/domain/src/signoff/signoff-errors';
import { signOffMail } from '../../libs/domain/src/signoff/signoff-mail';
import type { MailText } from '../../libs/domain/src/text/mail-text';
import {
  checkApprove,
  checkDelegate,
  checkProposeAttribute,
  checkReassign,
  checkRecordPublication,
  checkReturnForRevision,
  checkSetAttribute,
  checkSubmit,
} from '../../libs/domain/src/signoff/signoff-rules';
import { currentLevel, initialSignOffState, isFinished, type SignOffState } from '../../libs/domain/src/signoff/signoff-state';
import type { TrailEntryContent, TrailEvent } from '../../libs/domain/src/signoff/trail-chain';
import { checkCancelSignOff, checkLaterAttributeChange, checkWithdraw } from '../../libs/domain/src/signoff/signoff-case-changes';
import {
  approveUpdate,
  cancelSignOffUpdate,
  changeAttributeUpdate,
  delegateUpdate,
  proposeAttributeUpdate,
  reassignUpdate,
  recordPublicationUpdate,
  returnForRevisionUpdate,
  setAttributeUpdate,
  statusQuery,
  trailWitnessQuery,
  submitSignOffUpdate,
  withdrawUpdate,
  type DecisionReceipt,
  type SignOffInput,
  type SignOffTiming,
} from './signoff.messages';
import { workflowNow } from '../shared/workflow-clock';
import type { Actor } from '../../libs/domain/src/registry/actor';

const { recordSignOffStep } = stepActivities<SignOffActivities>();

/**
 * One document's sign-off, from registration to publication (审签结果闭环). Decisions arrive as
 * updates, validated against the rules before anything is recorded; time limits run on the
 * working-day calendar; every step is written (projection, hash-chained trail, mail) by one
 * idempotent activity whose trail numbers come from here.
 */
export async function signOffWorkflow(input: SignOffInput): Promise<SignOffState> {
  const feed = followCalendar((next) => impactUnder(next), (change) => calendarChanged(change), () => state);
  let calendar = feed.current();
  const state: SignOffState = input.resume?.state ?? initialSignOffState(input.document);
  const kernel = new CaseKernel({
    numbers: input.resume ?? { seq: input.trailSeq },
    mailKeyPrefix: `signoff:${state.documentId}`,
    ruleErrors: [SignOffRuleError],
    timers: 'per-instant',
  });
  const guard = <T>(check: () => T) => kernel.guard(check);
  let timing: SignOffTiming | null = input.resume?.timing ?? null;
  // A sign-off started before this patch has no record of the hashes written so far, so it
  // keeps no witness; one started after keeps every hash, from its registration on.
  const inherited = input.resume ? input.resume.trailHashes : input.trailHashes;
  const witness: string[] | null = patched('trail-witness') && inherited ? [...inherited] : null;
  let writing = 0;

  const now = () => workflowNow();
  const nowIso = () => new Date(now()).toISOString();
  const doc = () => ({ title: state.title, attribute: state.attribute, withholdingBasis: state.withholdingBasis, version: state.version });
  const person = (p: { id: string; name: string; email: string }): Recipient => ({ email: p.email, name: p.name });
  const mail = (key: string, to: Recipient[], text: MailText, cc?: Recipient[]): StepMail => kernel.mail(key, to, text, cc);

  function entry(event: TrailEvent, actor: EntryActor, extra: Partial<TrailEntryContent> = {}): TrailEntryContent {
    return { documentId: state.documentId, ...kernel.stamp(actor), event, level: null, documentSha256: state.documentSha256, comment: null, data: {}, ...extra };
  }
  const as = (actor: Actor, role: string): EntryActor => ({ id: actor.id, name: actor.name, role });

  function projection(): DocumentProjection {
    const level = currentLevel(state);
    const times = level && timing && state.levelStartedAt ? levelTimes() : null;
    const published = state.publication.records.find((r) => r.hashMatches) ?? null;
    return {
      status: state.status,
      attribute: state.attribute,
      withholdingBasis: state.withholdingBasis,
      version: state.version,
      sha256: state.documentSha256,
      round: state.round,
      currentLevel: level?.level ?? null,
      currentSignerId: level?.signer.id ?? null,
      levelDueAt: times ? new Date(times.dueAt).toISOString() : null,
      signedAt: state.signedAt,
      publicationDueOn: state.publication.dueDate,
      publicationOverdue: state.publication.overdue,
      publishedOn: published?.publishedOn ?? null,
      publicationUrl: published?.url ?? null,
      deadlineProvisional: (times?.provisional ?? false) || state.publication.provisional,
      signerIds: state.levels.map((l) => l.signer.id),
    };
  }

  const receipt = (): DecisionReceipt => ({ status: state.status, round: state.round, currentLevel: currentLevel(state)?.level ?? null, trailSeq: kernel.numbers().seq });

  /** Queues the step's writes in order: trail numbers must reach the database in sequence. */
  function record(trail: TrailEntryContent[], mails: StepMail[] = []): Promise<void> {
    writing += 1;
    return kernel.record(
      (stepSeq): SignOffStep => ({ documentId: state.documentId, stepSeq, projection: projection(), trail, mails }),
      async (step) => {
        const hashes = await recordSignOffStep(step);
        witness?.push(...hashes);
        writing -= 1;
      },
    );
  }

  /** The publication's due on a calendar, from the signing; null when none is running. */
  function publicationDue(on: WorkingDayCalendar) {
    const pub = timing?.publication;
    if (!pub || !state.signedAt || !state.publication.dueDate || isFinished(state)) return null;
    const times = dueTimes(on, Date.parse(state.signedAt), pub.due, pub.remindBefore, '0s');
    return { times, dueDate: times.dueDate ?? shanghaiDate(new Date(times.dueAt)) };
  }
  const levelDueDay = (on: WorkingDayCalendar) => {
    const level = currentLevel(state);
    if (!level || !timing || !state.levelStartedAt || state.status !== 'in_review') return null;
    const times = dueTimes(on, Date.parse(state.levelStartedAt), level.due, timing.remindBefore, timing.escalateAfter);
    return times.dueDate ?? shanghaiDate(new Date(times.dueAt));
  };

  /** The current level's due day and the publication's due date on another calendar. */
  function impactUnder(next: WorkingDayCalendar): DeadlineMove[] {
    const moves: DeadlineMove[] = [];
    const [levelFrom, levelTo] = [levelDueDay(calendar), levelDueDay(next)];
    const level = currentLevel(state);
    const escalated = level !== null && state.sentNotices.some((k) => k.startsWith(`r${state.round}.l${level.level}.`) && k.endsWith('.escalate'));
    if (levelFrom !== levelTo) moves.push({ kind: 'document_level', from: levelFrom, to: levelTo, held: escalated });
    const publication = publicationDue(next);
    if (publication && publication.dueDate !== state.publication.dueDate) {
      moves.push({ kind: 'document_publication', from: state.publication.dueDate, to: publication.dueDate, held: state.publication.overdue });
    }
    return moves;
  }

  /**
   * Recounts the level's and the publication's deadlines on the calendar now in force; each move
   * goes into the trail with the version and notice. A publication already declared overdue, or a
   * level already escalated, keeps its record: the trail says what the new calendar would give.
   */
  async function calendarChanged({ calendar: next, inForce, published, moves, decided }: CalendarChange): Promise<void> {
    const before = JSON.stringify(projection());
    calendar = next;
    const publication = publicationDue(calendar);
    // A coordinator who moves an overdue publication to the new calendar's date lifts the overdue mark while that date lies ahead.
    const applied = decided?.decision === 'apply';
    if (publication && (!state.publication.overdue || applied)) {
      state.publication.dueAt = new Date(publication.times.dueAt).toISOString();
      state.publication.dueDate = publication.dueDate;
      state.publication.provisional = publication.times.provisional;
      if (applied && publication.times.dueAt > now()) Object.assign(state.publication, { overdue: false, lastOverdueReminderAt: null });
    }
    const because = { calendarVersion: published?.version ?? null, notice: published?.notice ?? null, calendarLabel: inForce.label };
    const decision = decided ? [entry('calendar_hold_decided', as(decided.actor, 'coordinator'), { comment: decided.reason.trim(), data: { decision: decided.decision, ...because } })] : [];
    const trail = decision.concat(moves.map((m) => entry(m.held ? 'deadline_recount_held' : 'deadline_recounted', SYSTEM, { data: { kind: m.kind, from: m.from, [m.held ? 'wouldBe' : 'dueOn']: m.to, ...because } })));
    if (trail.length || JSON.stringify(projection()) !== before) await record(trail);
  }

  function levelTimes() {
    const level = currentLevel(state)!;
    return dueTimes(calendar, Date.parse(state.levelStartedAt!), level.due, timing!.remindBefore, timing!.escalateAfter);
  }

  function startLevel(index: number): StepMail {
    state.current = index;
    state.levelStartedAt = nowIso();
    const level = state.levels[index];
    const key = `r${state.round}.l${level.level}.a${state.assignment}.to-sign`;
    return mail(key, [person(level.signer)], signOffMail.toSign(doc(), level.signer.name, level.title, levelTimes().dueAt));
  }

  // ---- decisions -----------------------------------------------------------------------------

  setHandler(statusQuery, () => state);
  setHandler(trailWitnessQuery, () => (witness ? { hashes: [...witness], settled: writing === 0 } : null));

  setHandler(
    setAttributeUpdate,
    async ({ actor, attribute, withholdingBasis, reason }) => {
      const before = state.attribute ? attributeLabel(state.attribute, state.withholdingBasis) : null;
      state.attribute = attribute;
      state.withholdingBasis = withholdingBasis;
      const accepted = state.proposal && state.proposal.attribute === attribute && state.proposal.withholdingBasis === withholdingBasis;
      const proposal = state.proposal;
      state.proposal = null;
      await record([
        entry('attribute_set', as(actor, 'drafter'), {
          comment: reason,
          data: { attribute, withholdingBasis, before, ...(proposal ? { proposalAccepted: !!accepted, proposedBy: proposal.by.name } : {}) },
        }),
      ]);
      return receipt();
    },
    { validator: ({ actor, attribute, withholdingBasis }) => guard(() => checkSetAttribute(state, actor, attribute, withholdingBasis)) },
  );

  setHandler(
    submitSignOffUpdate,
    async ({ actor, revision, plan, timing: given }) => {
      if (revision) {
        state.version = revision.version;
        state.documentSha256 = revision.sha256;
      }
      timing = given;
      state.round += 1;
      state.levels = plan;
      state.assignment = 0;
      state.status = 'in_review';
      state.returnedSha256 = null;
      const submitted = entry('submitted', as(actor, 'drafter'), {
        data: { round: state.round, version: state.version, levels: plan.map((l) => ({ level: l.level, title: l.title, signerId: l.signer.id, signer: l.signer.name, due: l.due })) },
      });
      await record([submitted], [startLevel(0)]);
      return receipt();
    },
    {
      validator: ({ actor, revision, plan }) =>
        guard(() => checkSubmit(state, actor, revision?.sha256 ?? state.documentSha256, plan)),
    },
  );

  setHandler(
    approveUpdate,
    async ({ actor, comment }) => {
      const level = currentLevel(state)!;
      state.signatures.push({ round: state.round, level: level.level, signerId: actor.id, signerName: actor.name, at: nowIso(), comment });
      const approved = entry('approved', as(actor, 'signer'), { level: level.level, comment });
      const next = state.current! + 1;
      if (next < state.levels.length) {
        await record([approved], [startLevel(next)]);
        return receipt();
      }
      await record([approved, ...completeSignOff()], completionMails());
      return receipt();
    },
    { validator: ({ actor }) => guard(() => checkApprove(state, actor)) },
  );

  function completeSignOff(): TrailEntryContent[] {
    state.current = null;
    state.levelStartedAt = null;
    state.signedAt = nowIso();
    state.signedSha256 = state.documentSha256;
    const signed = entry('signed', SYSTEM, {
      data: { round: state.round, signatures: state.signatures.filter((s) => s.round === state.round).map((s) => ({ level: s.level, signer: s.signerName, at: s.at })) },
    });
    if (state.attribute === 'proactive') {
      const times = dueTimes(calendar, now(), timing!.publication.due, timing!.publication.remindBefore, '0s');
      state.status = 'awaiting_publication';
      state.publication.dueAt = new Date(times.dueAt).toISOString();
      state.publication.dueDate = times.dueDate ?? shanghaiDate(new Date(times.dueAt));
      state.publication.provisional = times.provisional;
      signed.data = { ...signed.data, publicationDueOn: state.publication.dueDate, publicationDueProvisional: times.provisional, calendarVersion: calendar.version };
      return [signed];
    }
    state.status = 'closed';
    return [signed, entry('closed', SYSTEM, { data: { attribute: state.attribute, withholdingBasis: state.withholdingBasis } })];
  }

  function completionMails(): StepMail[] {
    const due = state.status === 'awaiting_publication' ? state.publication.dueDate : null;
    const text = signOffMail.signed(doc(), state.drafter.name, due);
    return [mail(`r${state.round}.signed`, [person(state.drafter)], text, due ? [{ unitContactsOf: state.unitId }] : undefined)];
  }

  function sendBack(): void {
    state.status = 'returned';
    state.returnedSha256 = state.documentSha256;
    state.current = null;
    state.levelStartedAt = null;
  }

  setHandler(
    returnForRevisionUpdate,
    async ({ actor, comment }) => {
      const level = currentLevel(state)!;
      sendBack();
      await record(
        [entry('returned', as(actor, 'signer'), { level: level.level, comment })],
        [mail(`r${state.round}.returned`, [person(state.drafter)], signOffMail.returned(doc(), state.drafter.name, `${actor.name}（${level.title}）`, comment!))],
      );
      return receipt();
    },
    { validator: ({ actor, comment }) => guard(() => checkReturnForRevision(state, actor, comment)) },
  );

  setHandler(
    proposeAttributeUpdate,
    async ({ actor, attribute, withholdingBasis, reason }) => {
      const level = currentLevel(state)!;
      state.proposal = { attribute, withholdingBasis, reason, by: { id: actor.id, name: actor.name, email: actor.email }, level: level.level };
      sendBack();
      // The text was not faulted, only the attribute: the same version may be resubmitted.
      state.returnedSha256 = null;
      const proposed = attributeLabel(attribute, withholdingBasis);
      await record(
        [entry('attribute_proposed', as(actor, 'signer'), { level: level.level, comment: reason, data: { attribute, withholdingBasis } })],
        [mail(`r${state.round}.proposal`, [person(state.drafter)], signOffMail.attributeProposed(doc(), state.drafter.name, `${actor.name}（${level.title}）`, proposed, reason))],
      );
      return receipt();
    },
    {
      validator: ({ actor, attribute, withholdingBasis, reason }) =>
        guard(() => checkProposeAttribute(state, actor, attribute, withholdingBasis, reason)),
    },
  );

  setHandler(
    delegateUpdate,
    async ({ actor, to, reason }) => {
      const level = currentLevel(state)!;
      level.delegatedFrom = level.signer;
      level.signer = to;
      const times = levelTimes();
      await record(
        [entry('delegated', as(actor, 'signer'), { level: level.level, comment: reason, data: { toId: to.id, to: to.name } })],
        [mail(`r${state.round}.l${level.level}.delegated-${to.id}`, [person(to)], signOffMail.toSign(doc(), to.name, level.title, times.dueAt))],
      );
      return receipt();
    },
    { validator: ({ actor, to }) => guard(() => checkDelegate(state, actor, to)) },
  );

  setHandler(
    reassignUpdate,
    async ({ actor, level: levelNumber, to, reason }) => {
      const level = state.levels.find((l) => l.level === levelNumber)!;
      const from = level.signer;
      level.signer = to;
      delete level.delegatedFrom;
      // The level below reports to this one when it runs late.
      const below = state.levels.find((l) => l.level === levelNumber - 1);
      if (below) below.superior = to;
      const isCurrent = currentLevel(state) === level;
      const mails: StepMail[] = [];
      if (isCurrent) {
        // The new signer gets the level's full time, and reminders start afresh.
        state.assignment += 1;
        state.levelStartedAt = nowIso();
        mails.push(mail(`r${state.round}.l${level.level}.a${state.assignment}.reassigned`, [person(to)], signOffMail.reassigned(doc(), to.name, level.title, reason, levelTimes().dueAt)));
      }
      await record([entry('reassigned', as(actor, 'coordinator'), { level: levelNumber, comment: reason, data: { fromId: from.id, from: from.name, toId: to.id, to: to.name } })], mails);
      return receipt();
    },
    { validator: ({ actor, level, to, reason }) => guard(() => checkReassign(state, actor, level, to, reason)) },
  );

  setHandler(
    recordPublicationUpdate,
    async ({ actor, url, publishedOn, channel, publishedSha256 }) => {
      const hashMatches = publishedSha256 === state.signedSha256;
      state.publication.records.push({ url, publishedOn, channel, publishedSha256, recordedBy: { id: actor.id, name: actor.name, email: actor.email }, hashMatches });
      const data = { url, publishedOn, channel, publishedSha256, signedSha256: state.signedSha256, dueOn: state.publication.dueDate, late: publishedOn > state.publication.dueDate! };
      if (hashMatches) {
        state.status = 'published';
        await record([entry('published', as(actor, 'publisher'), { documentSha256: state.signedSha256!, data })]);
      } else {
        state.status = 'publication_flagged';
        const n = state.publication.records.length;
        await record(
          [entry('publication_flagged', as(actor, 'publisher'), { documentSha256: state.signedSha256!, comment: '公开文件的 SHA-256 与签发版本不一致', data })],
          [mail(`publication.flagged-${n}`, [{ role: 'coordinator' }], signOffMail.publicationFlagged(doc(), '公开办', url), [person(actor)])],
        );
      }
      return receipt();
    },
    {
      validator: (args) => guard(() => checkRecordPublication(state, args, shanghaiDate(new Date(now())))),
    },
  );

  // ---- day two: withdrawn, cancelled, re-attributed after the signing ---------------------------

  setHandler(
    withdrawUpdate,
    async ({ actor, reason }) => {
      state.status = 'withdrawn';
      await record([entry('withdrawn', as(actor, 'drafter'), { comment: reason })]);
      return receipt();
    },
    { validator: ({ actor }) => guard(() => checkWithdraw(state, actor)) },
  );

  setHandler(
    cancelSignOffUpdate,
    async ({ actor, reason }) => {
      const level = currentLevel(state)!;
      state.status = 'cancelled';
      state.current = null;
      state.levelStartedAt = null;
      const text = signOffMail.cancelled(doc(), `${actor.name}（公开办）`, reason);
      await record(
        [entry('signoff_cancelled', as(actor, 'coordinator'), { level: level.level, comment: reason })],
        [mail(`r${state.round}.cancelled`, [person(state.drafter), person(level.signer)], text)],
      );
      return receipt();
    },
    { validator: ({ actor, reason }) => guard(() => checkCancelSignOff(state, actor, reason)) },
  );

  let laterChanges = 0;
  setHandler(
    changeAttributeUpdate,
    async ({ actor, attribute, withholdingBasis, reason, timing: given }) => {
      const before = { attribute: state.attribute, withholdingBasis: state.withholdingBasis, status: state.status };
      state.attribute = attribute;
      state.withholdingBasis = withholdingBasis;
      timing = timing ?? given;
      const mails: StepMail[] = [];
      if (attribute === 'proactive' && state.status === 'closed') {
        // Made public after review: published within the unit's time from now, on the publication clock.
        const times = dueTimes(calendar, now(), given.publication.due, given.publication.remindBefore, '0s');
        state.status = 'awaiting_publication';
        state.publication = {
          ...state.publication,
          startedAt: nowIso(),
          dueAt: new Date(times.dueAt).toISOString(),
          dueDate: times.dueDate ?? shanghaiDate(new Date(times.dueAt)),
          provisional: times.provisional,
        };
        const text = signOffMail.attributeChanged(doc(), state.drafter.name, `${actor.name}（公开办）`, reason, state.publication.dueDate);
        mails.push(mail(`attribute-changed-${kernel.nextSeq()}`, [person(state.drafter)], text, [{ unitContactsOf: state.unitId }]));
      } else if (attribute !== 'proactive' && (state.status === 'awaiting_publication' || state.status === 'publication_flagged')) {
        state.status = 'closed';
      }
      laterChanges += 1;
      await record(
        [
          entry('attribute_changed', as(actor, 'coordinator'), {
            documentSha256: state.signedSha256 ?? state.documentSha256,
            comment: reason,
            data: { attribute, withholdingBasis, before, status: state.status, publicationDueOn: state.publication.dueDate },
          }),
        ],
        mails,
      );
      return receipt();
    },
    {
      validator: ({ actor, attribute, withholdingBasis, reason }) =>
        guard(() => checkLaterAttributeChange(state, actor, attribute, withholdingBasis, reason)),
    },
  );

  // ---- time ----------------------------------------------------------------------------------

  const waitUntil = (at: number | null) => kernel.waitUntil(at);

  async function levelClock(): Promise<void> {
    const level = currentLevel(state)!;
    const times = levelTimes();
    const prefix = `r${state.round}.l${level.level}.a${state.assignment}`;
    const steps = [
      { key: `${prefix}.remind-before`, at: times.remindAt, kind: 'before' as const },
      { key: `${prefix}.remind-due`, at: times.dueReminderAt, kind: 'due' as const },
      { key: `${prefix}.escalate`, at: times.escalateAt, kind: 'escalate' as const },
    ].filter((s): s is { key: string; at: number; kind: 'before' | 'due' | 'escalate' } => s.at !== null && !state.sentNotices.includes(s.key));
    const next = steps[0];
    if (!next) {
      // Every notice of this level went out: wait for a decision or a reassignment.
      await waitUntil(null);
      return;
    }
    if (!(await waitUntil(next.at))) return;
    state.sentNotices.push(next.key);
    if (next.kind === 'escalate') {
      const superior: Recipient = level.superior ? person(level.superior) : { unitLeaderOf: state.unitId };
      const superiorName = level.superior?.name ?? '单位负责人';
      await record(
        [entry('escalated', SYSTEM, { level: level.level, data: { signerId: level.signer.id, signer: level.signer.name, superiorId: level.superior?.id ?? null, superior: superiorName, dueAt: new Date(times.dueAt).toISOString() } })],
        [mail(next.key, [superior], signOffMail.escalation(doc(), superiorName, level.signer.name, level.title, times.dueAt), [person(level.signer)])],
      );
    } else {
      await record(
        [entry('reminder_sent', SYSTEM, { level: level.level, data: { to: level.signer.name, kind: next.kind, dueAt: new Date(times.dueAt).toISOString() } })],
        [mail(next.key, [person(level.signer)], signOffMail.reminder(doc(), level.signer.name, level.title, times.dueAt, next.kind === 'due'))],
      );
    }
  }

  async function publicationClock(): Promise<void> {
    const pub = timing!.publication;
    const times = dueTimes(calendar, Date.parse(state.publication.startedAt ?? state.signedAt!), pub.due, pub.remindBefore, '0s');
    const dueDate = state.publication.dueDate!;
    const recipients: Recipient[] = [person(state.drafter), { unitContactsOf: state.unitId }];
    const reminders = [
      { key: 'publication.remind-before', at: times.remindAt },
      { key: 'publication.remind-due', at: times.dueReminderAt },
    ].filter((s): s is { key: string; at: number } => s.at !== null && !state.sentNotices.includes(s.key));
    if (reminders.length && !state.publication.overdue) {
      const next = reminders[0];
      if (!(await waitUntil(next.at))) return;
      state.sentNotices.push(next.key);
      await record(
        [entry('publication_reminder', SYSTEM, { data: { dueOn: dueDate } })],
        [mail(next.key, recipients, signOffMail.publicationReminder(doc(), state.drafter.name, dueDate, false))],
      );
      return;
    }
    const at = state.publication.lastOverdueReminderAt ? nextRepeat(calendar, Date.parse(state.publication.lastOverdueReminderAt), pub.overdueRemindEvery) : times.dueAt;
    if (!(await waitUntil(at))) return;
    const first = !state.publication.overdue;
    state.publication.overdue = true;
    state.publication.lastOverdueReminderAt = new Date(at).toISOString();
    const key = `publication.overdue-${state.publication.lastOverdueReminderAt}`;
    await record(
      [entry(first ? 'publication_overdue' : 'publication_reminder', SYSTEM, { data: { dueOn: dueDate, overdue: true } })],
      [mail(key, recipients, signOffMail.publicationReminder(doc(), state.drafter.name, dueDate, true), [{ unitLeaderOf: state.unitId }])],
    );
  }

  // Started again for a change after the signing: the update comes with the start, or not at all.
  if (input.resume?.reopened) await condition(() => laterChanges > 0, '1 minute');

  if (feed.loaded) await feed.loaded;
  while (!isFinished(state)) {
    if (state.status === 'in_review') await levelClock();
    else if (state.status === 'awaiting_publication' || state.status === 'publication_flagged') await publicationClock();
    else await waitUntil(null);
    if (workflowInfo().continueAsNewSuggested) {
      await kernel.settle();
      await continueAsNew<typeof signOffWorkflow>({ document: input.document, trailSeq: input.trailSeq, resume: { state, ...kernel.numbers(), timing, trailHashes: witness } });
    }
  }
  await kernel.settle();
  return state;
}
