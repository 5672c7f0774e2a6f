import type { EntityManager } from 'typeorm';
import type { StepMail } from '../../contracts/src/step-mail';
import { queueMail } from './outbox';
import { addresses } from './recipients';

/** Queues a step's mails by key; a mail whose recipients resolve to nobody is dropped. True when any was queued now. */
export async function queueStepMails(manager: EntityManager, mails: StepMail[]): Promise<boolean> {
  let queued = false;
  for (const mail of mails) {
    const to = await addresses(manager, mail.to);
    const cc = (await addresses(manager, mail.cc ?? [])).filter((a) => !to.includes(a));
    if (to.length === 0 && cc.length === 0) continue;
    queued = (await queueMail(manager, { key: mail.key, to: to.length ? to : cc, cc: to.length ? cc : [], subject: mail.subject, text: mail.text })) || queued;
  }
  return queued;
}
