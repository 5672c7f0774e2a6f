import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { from, lastValueFrom, Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { OPEN_TO_READERS, PUBLIC_ROUTE } from '../common/access';
import { AuditLogService } from './audit-log.service';
import { SNAPSHOTS } from './audit-snapshots';
import { AUDITED, type AuditedRoute } from './audited';
import { readResource, resourceOf } from './resource-reading';

/** Answers and bodies that carry a secret: never written to the log. */
const SECRET_FIELDS = ['oneTimePassword', 'token', 'password', 'currentPassword', 'newPassword', 'accessToken'];
const withoutSecrets = (value: unknown) =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).filter(([k]) => !SECRET_FIELDS.includes(k))) : value;

const READING_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** How one route's record is read on either side of its handler; `after` null: nothing changed. */
interface Reading {
  before(): Promise<unknown>;
  after(answer: unknown): Promise<{ entityType: string; entityId: string | null; after: unknown } | null>;
}

/**
 * Records every successful change an admin makes, on any route, and every successful change on
 * an @Audited route, whoever makes it: who, when, from which address, and the record before and
 * after. An @Audited route names its record and reads it with its kind's snapshot; any other
 * route's record is what a GET of the same path answers on either side of the handler (the path
 * up to its last parameter: `PUT /calendar/years/:year` reads `GET /calendar/years/:year`), so a
 * route added later is on record without a line of its own. Public routes and those open to
 * readers (sign-in, the checker) change no administrative record and are left out.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly log: AuditLogService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const route = this.reflector.get<AuditedRoute | undefined>(AUDITED, context.getHandler());
    if (route) return from(this.record(request, next, this.snapshotReading(route, request)));
    if (this.isAdminWrite(context, request)) return from(this.record(request, next, this.resourceReading(request)));
    return next.handle();
  }

  private isAdminWrite(context: ExecutionContext, request: FastifyRequest): boolean {
    if (READING_METHODS.has(request.method) || !request.actor?.roles.includes('admin')) return false;
    const targets = [context.getHandler(), context.getClass()];
    return !this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) && !this.reflector.getAllAndOverride<boolean>(OPEN_TO_READERS, targets);
  }

  /** Reads the record, runs the handler, reads it again; a refused change is not recorded. */
  private async record(request: FastifyRequest, next: CallHandler, reading: Reading): Promise<unknown> {
    const before = await reading.before();
    const answer = await lastValueFrom(next.handle(), { defaultValue: undefined });
    const entry = await reading.after(answer);
    if (!entry) return answer;
    const actor = request.actor!;
    await this.log.append({
      occurredAt: new Date().toISOString(),
      actorId: actor.personId,
      actorName: actor.name,
      address: request.ip,
      action: `${request.method} ${request.routeOptions.url ?? request.url}`,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: before ?? null,
      after: entry.after ?? null,
    });
    return answer;
  }

  private snapshotReading(route: AuditedRoute, request: FastifyRequest): Reading {
    const snapshot = SNAPSHOTS[route.kind];
    const params = request.params as Record<string, string>;
    const narrowing = route.query ? (request.query as Record<string, unknown>)[route.query] : undefined;
    const named = route.param ? params[route.param] : undefined;
    const keyBefore = named !== undefined && typeof narrowing === 'string' ? `${named}/${narrowing}` : named;
    return {
      before: async () => (snapshot && keyBefore !== undefined ? await snapshot(this.dataSource, keyBefore) : null),
      after: async (answer) => {
        // A dry-run import checks a file and changes nothing.
        if ((request.query as { dryRun?: string }).dryRun === 'true') return null;
        const key = keyBefore ?? ((answer as { id?: unknown } | undefined)?.id as string | undefined) ?? null;
        const after = snapshot && key !== null ? await snapshot(this.dataSource, key) : withoutSecrets(answer);
        return { entityType: route.kind, entityId: key, after };
      },
    };
  }

  private resourceReading(request: FastifyRequest): Reading {
    const resource = resourceOf(request);
    return {
      before: async () => (resource.readable ? withoutSecrets(await readResource(request, resource.url)) : null),
      after: async (answer) => {
        const read = resource.readable ? await readResource(request, resource.url) : null;
        const id = resource.id ?? ((answer as { id?: unknown } | undefined)?.id as string | undefined) ?? null;
        return { entityType: resource.kind, entityId: id, after: withoutSecrets(read ?? answer) };
      },
    };
  }
}
