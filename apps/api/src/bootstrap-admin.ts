import { randomUUID } from 'node:crypto';
import { DataSource, Raw } from 'typeorm';
import type { AppConfig } from '../../../libs/config/src/app-config';
import { PersonEntity } from '../../../libs/persistence/src/entities/person.entity';
import { hashPassword, oneTimePassword } from './auth/password';

export interface BootstrapResult {
  email: string;
  /** Set only when generated: print it once, the person must change it at first login. */
  oneTimePassword: string | null;
}

/**
 * The first admin, made only when no active admin exists. With ADMIN_PASSWORD unset the
 * password is generated and must be changed at first login.
 */
export async function ensureFirstAdmin(dataSource: DataSource, config: AppConfig): Promise<BootstrapResult | null> {
  const people = dataSource.getRepository(PersonEntity);
  const admins = await people.count({ where: { active: true, roles: Raw((c) => `${c} LIKE '%"admin"%'`) } });
  if (admins > 0) return null;
  const email = config.auth.adminEmail ?? 'admin@localhost';
  const generated = config.auth.adminPassword === null ? oneTimePassword() : null;
  const password = config.auth.adminPassword ?? generated!;
  const now = new Date();
  const existing = await people.findOne({ where: { email } });
  const fields = { roles: [...new Set([...(existing?.roles ?? []), 'admin' as const])], active: true, passwordHash: await hashPassword(password), mustChangePassword: generated !== null, updatedAt: now };
  if (existing) {
    await people.update({ id: existing.id }, fields);
  } else {
    try {
      await people.insert({ id: randomUUID(), name: '系统管理员', email, unitId: null, signerLevel: null, createdAt: now, ...fields });
    } catch (error) {
      // Another API process made the admin at the same moment: theirs stands.
      if (await people.exists({ where: { email } })) return null;
      throw error;
    }
  }
  return { email, oneTimePassword: generated };
}
