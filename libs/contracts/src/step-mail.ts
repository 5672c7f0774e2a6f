/** Who a message goes to; the activity resolves these to addresses when it first queues the message. */
export type Recipient =
  | { email: string; name?: string }
  | { unitContactsOf: string }
  | { unitLeaderOf: string }
  | { role: 'coordinator' | 'auditor' };

/** One mail of a case's step, as the workflow asks for it; every case feature queues it the same way. */
export interface StepMail {
  /** Idempotency key: the same key is queued and sent once, however often the step is retried. */
  key: string;
  to: Recipient[];
  cc?: Recipient[];
  subject: string;
  text: string;
}
