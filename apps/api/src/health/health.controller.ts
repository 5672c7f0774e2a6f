import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { ApiContext } from '../api-context';
import { Public } from '../common/access';
import { WorkflowGateway } from '../workflow-gateway/workflow-gateway';

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
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly workflows: WorkflowGateway,
    private readonly context: ApiContext,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Whether the database and Temporal answer; 503 when either does not' })
  async health(@Res({ passthrough: true }) reply: FastifyReply) {
    const [database, temporal] = await Promise.all([
      timed(() => this.dataSource.query('SELECT 1')),
      timed(() => this.workflows.probe(PROBE_TIMEOUT_MS)),
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
