import type { EntityManager } from 'typeorm';
import type { Recipient } from '../../contracts/src/step-mail';
import { PersonEntity } from '../../persistence/src/entities/person.entity';
import { UnitEntity } from '../../persistence/src/entities/unit.entity';

/** The addresses behind recipients, read when a message is first queued (later queuings are no-ops). */
export async function addresses(manager: EntityManager, recipients: Recipient[]): Promise<string[]> {
  const found = new Set<string>();
  for (const r of recipients) {
    if ('email' in r) found.add(r.email.toLowerCase());
    else if ('unitContactsOf' in r) {
      const unit = await manager.getRepository(UnitEntity).findOne({ where: { id: r.unitContactsOf } });
      unit?.contactEmails.forEach((e) => found.add(e));
    } else if ('unitLeaderOf' in r) {
      const unit = await manager.getRepository(UnitEntity).findOne({ where: { id: r.unitLeaderOf } });
      if (unit?.leaderEmail) found.add(unit.leaderEmail);
    } else {
      const people = await manager.getRepository(PersonEntity).find({ where: { active: true } });
      people.filter((p) => p.roles.includes(r.role)).forEach((p) => found.add(p.email));
    }
  }
  return [...found];
}
