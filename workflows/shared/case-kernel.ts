import { allHandlersFinished, CancellationScope, condition, proxyLocalActivities, sleep } from '@temporalio/workflow';
import type { Recipient, StepMail } from '../../libs/contracts/src/step-mail';
import { guard, type RuleErrorClass } from './rule-guard';
import { workflowNow } from './workflow-clock';

/**
 * A case's step activities, as local activities: a step is a short, idempotent write to our own
 * database, so it runs in the worker that holds the workflow instead of a round trip through the
 * server's task queue (twice the throughput), and the replay after a crash writes nothing twice.
 */
export function stepActivities<A>() {
  return proxyLocalActivities<A>({
    startToCloseTimeout: '1 minute',
    // A database outage delays the record; it never skips a step.
    retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '5 minutes' },
  });
}

/** Who an entry of the case's record names, in the role they acted in. */
export interface EntryActor {
  id: string | null;
  name: string;
  role: string;
}

/** The engine itself, for what time does. */
export const SYSTEM: EntryActor = { id: null, name: '系统', role: 'system' };

/** The fields every entry of a case's record carries, numbered by the workflow so a retried step writes none twice. */
export interface EntryStamp {
  seq: number;
  actorId: string | null;
  actorName: string;
  actorRole: string;
  occurredAt: string;
}

/** The numbers a case carries across continue-as-new. */
export interface CaseNumbers {
  /** The last entry number given. */
  seq: number;
  /** The last step written; absent in runs continued by code older than the step numbers. */
  steps?: number;
}

export interface CaseKernelOptions {
  numbers: CaseNumbers;
  /** The case's mail keys start with it (`signoff:<documentId>`), so a key is unique across cases. */
  mailKeyPrefix: string;
  /** The feature's rule errors, which an update's validator turns into refusals. */
  ruleErrors: readonly RuleErrorClass[];
  /**
   * How the clock's timer meets a change. `per-instant` (the sign-off) keeps one timer per
   * instant, so the next level due at the same end of day reuses it instead of cancelling and
   * starting a timer at every decision. `per-wait` (requests, tasks) starts a timer for each wait
   * and cancels it at a change; their recorded histories hold those timer commands, so moving
   * them to `per-instant` needs a patched() switch.
   */
  timers: 'per-instant' | 'per-wait';
}

/**
 * The plumbing every case workflow shares: entry numbers, mail keys, the ordered queue of step
 * writes, waking the clock at every change, waiting for an instant or a change, and the rule guard.
 * The feature says what a step holds and which rule applies; the kernel how it reaches the database.
 */
export class CaseKernel {
  private seq: number;
  private steps: number;
  private persisted: Promise<void> = Promise.resolve();
  /** Bumped on every change, so a waiting condition looks again. */
  private epoch = 0;
  /**
   * Settled at every change, so a clock waiting on it looks again. A promise the handler settles
   * wakes the clock within the same activation; a condition would cost the worker another pass.
   * Made only when a clock races it (`per-instant`): every pending promise of an open workflow
   * keeps its stack trace in the worker (Temporal's stack trace query) as long as it pends.
   */
  private change: { settled: Promise<false>; settle: () => void } | null = null;
  private alarm: { at: number; rang: Promise<boolean>; scope: CancellationScope } | null = null;

  constructor(private readonly options: CaseKernelOptions) {
    this.seq = options.numbers.seq;
    this.steps = options.numbers.steps ?? 0;
  }

  /** The numbers to resume with after continue-as-new. */
  numbers(): { seq: number; steps: number } {
    return { seq: this.seq, steps: this.steps };
  }

  /** The number the next entry will get, for a mail key that names the step it belongs to. */
  nextSeq(): number {
    return this.seq + 1;
  }

  /** Numbers the next entry and stamps who acted and when. */
  stamp(actor: EntryActor): EntryStamp {
    this.seq += 1;
    return { seq: this.seq, actorId: actor.id, actorName: actor.name, actorRole: actor.role, occurredAt: new Date(workflowNow()).toISOString() };
  }

  /** A mail of a step, keyed within the case: the same key is queued and sent once. */
  mail(key: string, to: Recipient[], text: { subject: string; text: string }, cc?: Recipient[]): StepMail {
    return { key: `${this.options.mailKeyPrefix}:${key}`, to, ...(cc ? { cc } : {}), ...text };
  }

  /** Runs a domain check in an update's validator; the feature's rule error becomes a refusal. */
  guard<T>(check: () => T): T {
    return guard(this.options.ruleErrors, check);
  }

  /**
   * Queues a step's write behind those before it (entry numbers must reach the database in
   * sequence) and wakes the clock. The step is built now, from the state as it is at this step.
   */
  record<S>(build: (stepSeq: number) => S, write: (step: S) => Promise<void>): Promise<void> {
    this.changed();
    this.steps += 1;
    const step = build(this.steps);
    this.persisted = this.persisted.then(() => write(step));
    return this.persisted;
  }

  /** Something changed without a step: the clock looks again. */
  changed(): void {
    this.epoch += 1;
    const change = this.change;
    this.change = null;
    change?.settle();
  }

  /** Waits until `at` or until something changes; true when the time came. With no `at`, waits for a change. */
  waitUntil(at: number | null): Promise<boolean> {
    return this.options.timers === 'per-instant' ? this.raceAlarm(at) : this.waitOnCondition(at);
  }

  /** Every handler done and every step written: the case may continue as new or end. */
  async settle(): Promise<void> {
    await condition(allHandlersFinished);
    await this.persisted;
  }

  private async waitOnCondition(at: number | null): Promise<boolean> {
    const seen = this.epoch;
    if (at === null) {
      await condition(() => this.epoch !== seen);
      return false;
    }
    const ms = at - workflowNow();
    if (ms <= 0) return true;
    return !(await condition(() => this.epoch !== seen, ms));
  }

  private async raceAlarm(at: number | null): Promise<boolean> {
    const change = (this.change ??= nextChange()).settled;
    if (at === null) {
      // Nothing is due (a document back with its drafter): a timer would only wake it for nothing.
      this.alarm?.scope.cancel();
      this.alarm = null;
      return change;
    }
    if (at - workflowNow() <= 0) return true;
    return Promise.race([this.alarmAt(at), change]);
  }

  private alarmAt(at: number): Promise<boolean> {
    if (this.alarm?.at === at) return this.alarm.rang;
    this.alarm?.scope.cancel();
    const scope = new CancellationScope();
    // A cancelled alarm is one nobody waits for any more.
    const rang = scope.run(() => sleep(at - workflowNow())).then(
      () => true,
      () => false,
    );
    this.alarm = { at, rang, scope };
    return rang;
  }
}

function nextChange(): { settled: Promise<false>; settle: () => void } {
  let settle!: () => void;
  const settled = new Promise<false>((resolve) => (settle = () => resolve(false)));
  return { settled, settle };
}
