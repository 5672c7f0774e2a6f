/** What each API answered, counted by status and code: the proofs look for 500s and for 503 reasons. */
export interface Answers {
  byStatus: Map<number, number>;
  unavailable: Map<string, number>;
  faults: string[];
}

export interface Reply {
  status: number;
  body: any;
}

/** A client of several API processes, spreading calls over them in turn, retrying what a part being down refused. */
export class ClusterClient {
  readonly answers: Answers = { byStatus: new Map(), unavailable: new Map(), faults: [] };
  private turn = 0;

  constructor(readonly urls: string[]) {}

  /** One call to API `index` (next in turn when omitted), recorded. */
  async call(method: string, route: string, auth: string | null, body?: unknown, index?: number): Promise<Reply> {
    const url = this.urls[index ?? this.turn++ % this.urls.length];
    const response = await fetch(`${url}/api${route}`, {
      method,
      headers: { ...(auth && { authorization: auth }), ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const reply = { status: response.status, body: text ? JSON.parse(text) : null };
    this.answers.byStatus.set(reply.status, (this.answers.byStatus.get(reply.status) ?? 0) + 1);
    if (reply.status === 503) this.answers.unavailable.set(reply.body.code, (this.answers.unavailable.get(reply.body.code) ?? 0) + 1);
    if (reply.status >= 500 && reply.status !== 503) this.answers.faults.push(`${method} ${route}: ${reply.status} ${text.slice(0, 300)}`);
    return reply;
  }

  /** The call again, on the next API, for as long as it answers 503: the part it needs is coming back. */
  async retrying(method: string, route: string, auth: string | null, body?: unknown, timeoutMs = 180_000): Promise<Reply> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const reply = await this.call(method, route, auth, body);
      if (reply.status !== 503) return reply;
      if (Date.now() > deadline) throw new Error(`${method} ${route} still 503 after ${timeoutMs / 1000} s: ${JSON.stringify(reply.body)}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }

  async login(email: string, password: string): Promise<string> {
    const reply = await this.retrying('POST', '/auth/login', null, { email, password });
    if (reply.status !== 200) throw new Error(`login of ${email}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return `Bearer ${reply.body.accessToken}`;
  }
}

/** `count` jobs, `concurrency` at a time; `done` counts the finished ones as they finish. */
export async function inParallel(count: number, concurrency: number, job: (i: number) => Promise<void>, done: { count: number }): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        await job(next++);
        done.count++;
      }
    }),
  );
}

/**
 * Moves one case to its end through the API: read it, take the step its state calls for, again.
 * A 409 after a retried step means the first attempt was applied before the part went down: read again,
 * after a pause, since the step's write may still be on its way (a worker killed mid-step writes it once restarted).
 */
export async function driveToEnd(
  what: string,
  read: () => Promise<Reply>,
  step: (current: any) => Promise<Reply> | 'done',
  maxSteps = 30,
): Promise<any> {
  for (let i = 0; i < maxSteps; i++) {
    const current = await read();
    if (current.status !== 200) throw new Error(`${what}: read answered ${current.status} ${JSON.stringify(current.body)}`);
    const taken = step(current.body);
    if (taken === 'done') return current.body;
    const reply = await taken;
    if (reply.status !== 200 && reply.status !== 409) throw new Error(`${what}: step answered ${reply.status} ${JSON.stringify(reply.body)}`);
    if (reply.status === 409) await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${what}: not finished after ${maxSteps} steps`);
}
