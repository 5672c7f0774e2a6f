/** A plain-text email as composed by a rule: what people read; sending is the outbox's job. */
export interface MailText {
  subject: string;
  text: string;
}
