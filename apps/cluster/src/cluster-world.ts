import { driveToEnd, type ClusterClient } from './cluster-client';

export interface Person {
  id: string;
  email: string;
  auth: string;
}

/** A city office and its education bureau: who registers, signs, supervises and audits, through the API. */
export interface ClusterWorld {
  admin: string;
  office: { id: string };
  bureau: { id: string };
  coordinator: Person;
  auditor: Person;
  contact: Person;
  signers: Person[];
}

/** POST that must create (201), retried while a part is down. */
export async function created(client: ClusterClient, route: string, auth: string, body: unknown): Promise<any> {
  const reply = await client.retrying('POST', route, auth, body);
  if (reply.status !== 201) throw new Error(`POST ${route}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
}

export async function createClusterWorld(client: ClusterClient, adminEmail: string, adminPassword: string): Promise<ClusterWorld> {
  const admin = await client.login(adminEmail, adminPassword);
  const office = await created(client, '/units', admin, { name: '市政府办公室', leaderEmail: 'shizhang@gov.test.cn' });
  const bureau = await created(client, '/units', admin, { name: '市教育局', parentId: office.id, contactEmails: ['gkb@jyj.test.cn'], leaderEmail: 'juzhang@jyj.test.cn' });
  const person = async (name: string, email: string, roles: string[], unitId: string, signerLevel: number | null = null): Promise<Person> => {
    const made = await created(client, '/people', admin, { name, email, roles, unitId, signerLevel });
    const first = await client.login(email, made.oneTimePassword);
    const password = `${email}-own-password`;
    const changed = await client.retrying('POST', '/auth/password', first, { currentPassword: made.oneTimePassword, newPassword: password });
    if (changed.status !== 204) throw new Error(`password of ${email}: ${changed.status}`);
    return { id: made.id, email, auth: await client.login(email, password) };
  };
  const coordinator = await person('公开办刘', 'liu@gov.test.cn', ['coordinator'], office.id);
  const auditor = await person('审计周', 'zhou@gov.test.cn', ['auditor'], office.id);
  const contact = await person('联络员王', 'wang@jyj.test.cn', ['unit_contact'], bureau.id);
  const signers = [
    await person('科长李', 'li@jyj.test.cn', ['signer'], bureau.id, 1),
    await person('副市长张', 'zhang@gov.test.cn', ['signer'], office.id, 2),
    await person('市长陈', 'chen@gov.test.cn', ['signer'], office.id, 3),
  ];
  const config = await client.retrying('PUT', `/units/${bureau.id}/signoff-config`, coordinator.auth, {
    levels: signers.map((s, i) => ({ level: i + 1, title: ['科室负责人', '分管领导', '主要负责人'][i], signerId: s.id, due: '10wd' })),
    remindBefore: '1wd',
    escalateAfter: '1wd',
    publication: { due: '20wd', remindBefore: '3wd', overdueRemindEvery: '5wd' },
  });
  if (config.status !== 200) throw new Error(`sign-off settings: ${config.status} ${JSON.stringify(config.body)}`);
  return { admin, office, bureau, coordinator, auditor, contact, signers };
}

/** One proactive document registered, submitted and approved at three levels; resolves with its id once it awaits publication. */
export async function signOffThroughApi(client: ClusterClient, world: ClusterWorld, i: number): Promise<string> {
  const signerAuth = new Map(world.signers.map((s) => [s.id, s.auth]));
  const doc = await created(client, '/documents', world.contact.auth, { title: `关于第${i + 1}项工作的通知`, documentType: 'normative_document', attribute: 'proactive', bodyText: `正文${i}` });
  await driveToEnd(`document ${doc.id}`, () => client.retrying('GET', `/documents/${doc.id}`, world.contact.auth), (d) => {
    if (d.status === 'draft') return client.retrying('POST', `/documents/${doc.id}/submit`, world.contact.auth, {});
    if (d.status === 'in_review') return client.retrying('POST', `/documents/${doc.id}/approve`, signerAuth.get(d.currentSignerId)!, { comment: '同意' });
    return 'done';
  });
  return doc.id;
}
