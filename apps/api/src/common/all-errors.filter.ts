import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { toErrorBody, type BodyNotJson } from './error-response';

/** Every error a handler throws leaves in the same shape (see error-response.ts). */
@Catch()
export class AllErrorsFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendError(error, http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>());
  }
}

export function sendError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { body, internal, retryAfterSeconds } = toErrorBody(error, request.routeOptions?.config as BodyNotJson | undefined);
  if (internal) request.log.error({ err: error }, 'unhandled error');
  if (retryAfterSeconds !== undefined) void reply.header('retry-after', String(retryAfterSeconds));
  // A route that answers HTML or a file has set its own type already; an error is always JSON.
  void reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
}
