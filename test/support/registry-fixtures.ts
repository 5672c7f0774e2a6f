import type { Role, SignerLevel } from '../../libs/domain/src/registry/roles';
import type { ApiClient } from './test-api';

export async function createUnit(api: ApiClient, name: string, extra: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
  const response = await api.http.post('/units').set('authorization', api.adminAuth).send({ name, ...extra });
  if (response.status !== 201) throw new Error(`creating unit ${name}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Creates a person, replaces the one-time password, and returns a bearer header for them. */
export async function createPersonAndLogin(
  api: ApiClient,
  person: { name: string; email: string; roles: Role[]; unitId?: string | null; signerLevel?: SignerLevel | null },
): Promise<{ id: string; auth: string; password: string }> {
  const created = await api.http.post('/people').set('authorization', api.adminAuth).send(person);
  if (created.status !== 201) throw new Error(`creating ${person.email}: ${created.status} ${JSON.stringify(created.body)}`);
  const firstAuth = await api.login(person.email, created.body.oneTimePassword);
  const password = `${person.email}-own-password`;
  const changed = await api.http
    .post('/auth/password')
    .set('authorization', firstAuth)
    .send({ currentPassword: created.body.oneTimePassword, newPassword: password });
  if (changed.status !== 204) throw new Error(`changing password: ${changed.status} ${JSON.stringify(changed.body)}`);
  return { id: created.body.id, auth: await api.login(person.email, password), password };
}
