import { createHash } from 'node:crypto';
import { createPersonAndLogin, createUnit } from './registry-fixtures';
import type { TestApi } from './test-api';
import { withTestStack, type TestStack } from './test-stack';
import type { TestWorker } from './test-worker';

export const sha256 = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

export interface Member {
  id: string;
  auth: string;
  email: string;
  /** Their own password (the one-time one already changed), to sign in through the console. */
  password: string;
}

export interface SignOffWorld {
  api: TestApi;
  worker: TestWorker;
  sink: TestStack['sink'];
  bureau: { id: string };
  office: { id: string };
  other: { id: string };
  drafter: Member;
  s1: Member;
  s1b: Member;
  s2: Member;
  s2b: Member;
  s3: Member;
  coordinator: Member;
  auditor: Member;
  outsider: Member;
  stop(): Promise<void>;
}

/**
 * A district: the government office (区政府办, with the deputy and principal leaders), its
 * education bureau (区教育局, drafter and section heads) and another bureau; the real API, a real
 * worker on the run's Temporal server, and a real SMTP server on loopback.
 */
export function startSignOffWorld(env: Record<string, string> = {}): Promise<SignOffWorld> {
  return withTestStack(env, populate);
}

async function populate({ api, worker, sink, stop }: TestStack): Promise<SignOffWorld> {
  const office = await createUnit(api, '区政府办公室', { leaderEmail: 'quzhang@gov.test.cn' });
  const bureau = await createUnit(api, '区教育局', { parentId: office.id, contactEmails: ['gkb@jyj.test.cn'], leaderEmail: 'juzhang@jyj.test.cn' });
  const other = await createUnit(api, '区卫健委', { parentId: office.id, contactEmails: ['gkb@wjw.test.cn'] });
  const member = async (name: string, email: string, roles: string[], unitId: string | null, signerLevel: number | null = null) => {
    const made = await createPersonAndLogin(api, { name, email, roles: roles as never, unitId, signerLevel: signerLevel as never });
    return { id: made.id, auth: made.auth, email, password: made.password };
  };
  const world = {
    api,
    worker,
    sink,
    bureau,
    office,
    other,
    drafter: await member('起草人小王', 'wang@jyj.test.cn', ['unit_contact'], bureau.id),
    s1: await member('科长李', 'li@jyj.test.cn', ['signer'], bureau.id, 1),
    s1b: await member('副科长赵', 'zhao@jyj.test.cn', ['signer'], bureau.id, 1),
    s2: await member('副区长张', 'zhang@gov.test.cn', ['signer'], office.id, 2),
    s2b: await member('副区长孙', 'sun@gov.test.cn', ['signer'], office.id, 2),
    s3: await member('区长陈', 'chen@gov.test.cn', ['signer'], office.id, 3),
    coordinator: await member('公开办刘', 'liu@gov.test.cn', ['coordinator'], office.id),
    auditor: await member('审计周', 'zhou@gov.test.cn', ['auditor'], office.id),
    outsider: await member('卫健委吴', 'wu@wjw.test.cn', ['unit_contact'], other.id),
    stop,
  };
  // Two section heads and two deputies hold each level: the bureau names who signs by default.
  const config = await api.http
    .put(`/units/${bureau.id}/signoff-config`)
    .set('authorization', world.coordinator.auth)
    .send({
      levels: [
        { level: 1, title: '科室负责人', signerId: world.s1.id, due: '3wd' },
        { level: 2, title: '分管领导', signerId: world.s2.id, due: '3wd' },
        { level: 3, title: '主要负责人', signerId: world.s3.id, due: '3wd' },
      ],
      remindBefore: '1wd',
      escalateAfter: '1wd',
      publication: { due: '20wd', remindBefore: '3wd', overdueRemindEvery: '5wd' },
    });
  if (config.status !== 200) throw new Error(`sign-off settings: ${config.status} ${JSON.stringify(config.body)}`);
  return world;
}

export async function register(world: SignOffWorld, body: Record<string, unknown>, auth = world.drafter.auth) {
  return world.api.http.post('/documents').set('authorization', auth).send({ documentType: 'normative_document', bodyText: '正文第一稿', ...body });
}

export function decide(world: SignOffWorld, id: string, action: string, auth: string, body: Record<string, unknown> = {}) {
  return world.api.http.post(`/documents/${id}/${action}`).set('authorization', auth).send(body);
}

export async function trailEvents(world: SignOffWorld, id: string): Promise<string[]> {
  const response = await world.api.http.get(`/documents/${id}/trail`).set('authorization', world.auditor.auth);
  return response.body.entries.map((e: { event: string }) => e.event);
}
