import { createPersonAndLogin, createUnit } from './registry-fixtures';
import type { TestApi } from './test-api';
import { withTestStack, type TestStack } from './test-stack';
import type { TestWorker } from './test-worker';

export interface Member {
  id: string;
  auth: string;
  /** Their own password (the one-time one already changed), to sign in through the console. */
  password: string;
  email: string;
}

export interface RequestWorld {
  api: TestApi;
  worker: TestWorker;
  sink: TestStack['sink'];
  office: { id: string };
  bureau: { id: string };
  other: { id: string };
  /** 公开办: registers requests, approves extensions. */
  coordinator: Member;
  /** The bureau's contact: handles its requests. */
  contact: Member;
  /** The bureau's head, who signs its regulations. */
  head: Member;
  /** Another unit's contact. */
  outsider: Member;
  auditor: Member;
  stop(): Promise<void>;
}

/**
 * A district office (区政府办公室, the disclosure office's coordinator), its natural resources
 * bureau (区自然资源局, which handles the requests) and another bureau; the real API, a real
 * worker on the run's Temporal server, and a real SMTP server on loopback.
 */
export function startRequestWorld(env: Record<string, string> = {}): Promise<RequestWorld> {
  return withTestStack(env, populate);
}

async function populate({ api, worker, sink, stop }: TestStack): Promise<RequestWorld> {
  const office = await createUnit(api, '区政府办公室', { leaderEmail: 'quzhang@gov.test.cn' });
  const bureau = await createUnit(api, '区自然资源局', { parentId: office.id, contactEmails: ['gkb@zrzy.test.cn'], leaderEmail: 'juzhang@zrzy.test.cn' });
  const other = await createUnit(api, '区市场监管局', { parentId: office.id, contactEmails: ['gkb@scjg.test.cn'] });
  const member = async (name: string, email: string, roles: string[], unitId: string, signerLevel: number | null = null) => {
    const made = await createPersonAndLogin(api, { name, email, roles: roles as never, unitId, signerLevel: signerLevel as never });
    return { id: made.id, auth: made.auth, email, password: made.password };
  };
  return {
    api,
    worker,
    sink,
    office,
    bureau,
    other,
    coordinator: await member('公开办刘', 'liu@gov.test.cn', ['coordinator'], office.id),
    contact: await member('联络员王', 'wang@zrzy.test.cn', ['unit_contact'], bureau.id),
    head: await member('局长陈', 'chen@zrzy.test.cn', ['signer'], bureau.id, 3),
    outsider: await member('联络员吴', 'wu@scjg.test.cn', ['unit_contact'], other.id),
    auditor: await member('审计周', 'zhou@gov.test.cn', ['auditor'], office.id),
    stop,
  };
}

export function registerRequest(world: RequestWorld, body: Record<string, unknown>, auth = world.contact.auth) {
  return world.api.http
    .post('/requests')
    .set('authorization', auth)
    .send({
      unitId: world.bureau.id,
      requesterType: 'natural_person',
      requesterName: '张某',
      requesterContact: '13800000000',
      receiptChannel: 'in_person',
      content: '申请公开某某地块土地征收补偿安置方案',
      ...body,
    });
}

export function act(world: RequestWorld, id: string, step: string, auth: string, body: Record<string, unknown> = {}) {
  return world.api.http.post(`/requests/${id}/${step}`).set('authorization', auth).send(body);
}

export async function recordTypes(world: RequestWorld, id: string): Promise<string[]> {
  const response = await world.api.http.get(`/requests/${id}/events`).set('authorization', world.auditor.auth);
  return response.body.map((e: { type: string }) => e.type);
}
