import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Logger } from '../../../../libs/logging/src';
import { sendError } from '../common/all-errors.filter';
import { AppError } from '../common/app-error';

/** Paths the console never answers: the API's own, so a mistyped API call stays a JSON 404. */
const API_PATH = /^\/(api|health)(\/|\?|$)/;

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>政务公开督办工作台</title>
<p>控制台尚未构建：请运行 <code>npm run build:web</code>（<code>npm start</code> 会自动构建），或用 <code>WEB_DIR</code> 指向已构建的目录。</p>`;

/**
 * The built console at `/`, from the same origin as the API. Its routes live in the browser
 * (history mode), so any other GET outside `/api` answers index.html and the page's router
 * takes over; hashed assets are cached for good, index.html never.
 */
export async function serveConsole(app: NestFastifyApplication, webDir: string, log: Logger): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const built = fs.existsSync(path.join(webDir, 'index.html'));
  if (!built) log.warn({ webDir }, 'the web console is not built; `/` explains how to build it');
  if (built) {
    await app.register(fastifyStatic as never, {
      root: webDir,
      prefix: '/',
      wildcard: false,
      index: false,
      setHeaders: (reply: FastifyReply, file: string) => {
        void reply.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  const page = (request: FastifyRequest, reply: FastifyReply) => {
    if (API_PATH.test(request.url)) {
      sendError(new AppError('NOT_FOUND', `没有这个接口：${request.method} ${request.url.split('?')[0]}`), request, reply);
      return;
    }
    if (!built) {
      void reply.status(503).type('text/html; charset=utf-8').send(NOT_BUILT);
      return;
    }
    void reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').sendFile('index.html');
  };
  fastify.get('/', page);
  fastify.get('/*', page);
}
