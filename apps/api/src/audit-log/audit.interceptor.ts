import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { AuditLogService } from './audit-log.service';
import { SNAPSHOTS } from './audit-snapshots';
import { AUDITED, type AuditedRoute } from './audited';

/** Answers that carry a secret shown once: never written to the log. */
const SECRET_FIELDS = ['oneTimePassword', 'token'];
const withoutSecrets = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).filter(([k]) => !SECRET_FIELDS.includes(k))) : value;

/**
 * Records every successful change on an @Audited route: who, when, from which address, and the
 * record before and after, read from the database on either side of the handler.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly log: AuditLogService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const route = this.reflector.get<AuditedRoute | undefined>(AUDITED, context.getHandler());
    if (!route) return next.handle();
    return from(this.record(route, context.switchToHttp().getRequest<FastifyRequest>(), next));
  }

  private async record(route: AuditedRoute, request: FastifyRequest, next: CallHandler): Promise<unknown> {
    const snapshot = SNAPSHOTS[route.kind];
    const params = request.params as Record<string, string>;
    const keyBefore = route.param ? params[route.param] : undefined;
    const before = snapshot && keyBefore !== undefined ? await snapshot(this.dataSource, keyBefore) : null;
    const answer = await lastValueFrom(next.handle(), { defaultValue: undefined });
    // A dry-run import checks a file and changes nothing.
    if ((request.query as { dryRun?: string }).dryRun === 'true') return answer;
    const key = keyBefore ?? ((answer as { id?: unknown } | undefined)?.id as string | undefined) ?? null;
    const after = snapshot && key !== null ? await snapshot(this.dataSource, key) : withoutSecrets(answer);
    const actor = request.actor!;
    await this.log.append({
      occurredAt: new Date().toISOString(),
      actorId: actor.personId,
      actorName: actor.name,
      address: request.ip,
      action: `${request.method} ${request.routeOptions.url ?? request.url}`,
      entityType: route.kind,
      entityId: key,
      before: before ?? null,
      after: after ?? null,
    });
    return answer;
  }
}
