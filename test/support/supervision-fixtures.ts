import { randomUUID } from 'node:crypto';
import { SupervisionTaskEntity } from '../../libs/persistence/src/entities/supervision-task.entity';
import { createPersonAndLogin, createUnit } from './registry-fixtures';
import type { TestApi } from './test-api';
import { withTestStack, type TestStack } from './test-stack';
import type { TestWorker } from './test-worker';

export interface Member {
  id: string;
  auth: string;
  email: string;
  /** Their own password (the one-time one already changed), to sign in through the console. */
  password: string;
}

export interface SupervisionWorld {
  api: TestApi;
  worker: TestWorker;
  sink: TestStack['sink'];
  office: { id: string };
  bureau: { id: string; name: string };
  health: { id: string; name: string };
  coordinator: Member;
  bureauContact: Member;
  healthContact: Member;
  auditor: Member;
  stop(): Promise<void>;
}

/**
 * A district office (区政府办公室) supervising two units, each with a contact and a leader; the real
 * API with `env` as its settings, a real worker on the run's Temporal server, SMTP on loopback.
 */
export function startSupervisionWorld(env: Record<string, string> = {}): Promise<SupervisionWorld> {
  return withTestStack(env, async ({ api: ready, worker, sink, stop }) => {
    const office = await createUnit(ready, '区政府办公室', { leaderEmail: 'quzhang@gov.test.cn' });
    const bureau = await createUnit(ready, '区教育局', { parentId: office.id, contactEmails: ['gkb@jyj.test.cn'], contactPhone: '0571-1000', leaderEmail: 'juzhang@jyj.test.cn' });
    const health = await createUnit(ready, '区卫健委', { parentId: office.id, contactEmails: ['gkb@wjw.test.cn'], contactPhone: '0571-2000', leaderEmail: 'zhuren@wjw.test.cn' });
    const member = async (name: string, email: string, roles: string[], unitId: string) => {
      const made = await createPersonAndLogin(ready, { name, email, roles: roles as never, unitId });
      return { id: made.id, auth: made.auth, email, password: made.password };
    };
    return {
      api: ready,
      worker,
      sink,
      office,
      bureau,
      health,
      coordinator: await member('公开办刘', 'liu@gov.test.cn', ['coordinator'], office.id),
      bureauContact: await member('教育局小王', 'wang@jyj.test.cn', ['unit_contact'], bureau.id),
      healthContact: await member('卫健委小吴', 'wu@wjw.test.cn', ['unit_contact'], health.id),
      auditor: await member('审计周', 'zhou@gov.test.cn', ['auditor'], office.id),
      stop,
    };
  });
}

export async function createTask(world: SupervisionWorld, body: Record<string, unknown>) {
  const response = await world.api.http.post('/tasks').set('authorization', world.coordinator.auth).send(body);
  if (response.status !== 201) throw new Error(`creating task: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; dueOn: string; dueAt: string; status: string };
}

export function act(world: SupervisionWorld, taskId: string, action: string, auth: string, body: Record<string, unknown> = {}) {
  return world.api.http.post(`/tasks/${taskId}/${action}`).set('authorization', auth).send(body);
}

export async function historyEvents(world: SupervisionWorld, taskId: string): Promise<string[]> {
  const response = await world.api.http.get(`/tasks/${taskId}/history`).set('authorization', world.coordinator.auth);
  return response.body.entries.map((e: { event: string }) => e.event);
}

/** Subjects received by an address, To or Cc, in arrival order. */
export function subjectsTo(world: SupervisionWorld, email: string): string[] {
  return world.sink.received.filter((m) => m.to.includes(email)).map((m) => m.subject);
}

/**
 * A task of a past quarter written straight into the ledger: the API dates a task from today and
 * stamps a submission with today's date, so a past quarter's work cannot be made through it.
 */
export async function insertPastTask(
  world: SupervisionWorld,
  task: { unitId: string; title: string; dueOn: string; submittedOn: string | null; status?: string },
): Promise<string> {
  const now = new Date();
  const status = task.status ?? (task.submittedOn ? 'submitted' : 'assigned');
  const id = randomUUID();
  await world.api.db.dataSource.getRepository(SupervisionTaskEntity).insert({
    id,
    planId: null,
    title: task.title,
    source: 'plan',
    unitId: task.unitId,
    ownerId: null,
    dueOn: task.dueOn,
    dueAt: new Date(`${task.dueOn}T09:00:00.000Z`),
    status,
    overdue: task.submittedOn === null,
    submissions: task.submittedOn ? 1 : 0,
    submittedOn: task.submittedOn,
    verifiedOn: status === 'verified' ? task.submittedOn : null,
    returnReason: null,
    evidenceNote: null,
    evidenceLinks: [],
    evidenceFileIds: [],
    createdBy: world.coordinator.id,
    createdAt: now,
    updatedAt: now,
  });
  return id;
}
