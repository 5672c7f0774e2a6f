import { BeforeApplicationShutdown, Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Connection } from '@temporalio/client';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { ApiContext } from '../api-context';
import { Public } from '../common/access';

interface Check {
  reachable: boolean;
  latencyMs: number;
  error?: string;
}

const PROBE_TIMEOUT_MS = 3000;

async function timed(probe: () => Promise<unknown>): Promise<Check> {
  const started = performance.now();
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer in ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS).unref()),
    ]);
    return { reachable: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { reachable: false, latencyMs: Math.round(performance.now() - started), error: (error as Error).message };
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController implements BeforeApplicationShutdown {
  /** Temporal probes whose call has not ended yet, though their answer may have been given. */
  private readonly temporalProbes = new Set<Promise<unknown>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: Connection,
    private readonly context: ApiContext,
  ) {}

  /**
   * The Temporal client retries an unanswered call on a timer, and a retry after the connection is
   * closed throws out of that timer: the connection's owner closes it only after the API, so wait here.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.temporalProbes);
  }

  private probeTemporal(): Promise<unknown> {
    // With the probe's deadline, so the client stops retrying when the probe answers, not ~20 s later.
    const probe = this.temporal.withDeadline(Date.now() + PROBE_TIMEOUT_MS, () =>
      this.temporal.healthService.check({ service: 'temporal.api.workflowservice.v1.WorkflowService' }),
    );
    this.temporalProbes.add(probe);
    void probe.then(
      () => this.temporalProbes.delete(probe),
      () => this.temporalProbes.delete(probe),
    );
    return probe;
  }

  @Public()
  @Get()
  @ApiOperation({ summary: 'Whether the database and Temporal answer; 503 when either does not' })
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, temporal] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      timed(() => this.probeTemporal()),
    ]);
    const ok = database.reachable && temporal.reachable;
    void reply.status(ok ? 200 : 503);
    return {
      status: ok ? 'ok' : 'unavailable',
      database: { kind: this.context.config.database.kind, ...database },
      temporal: { address: this.context.temporalAddress, namespace: this.context.config.temporal.namespace, ...temporal },
    };
  }
}
