import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * Security headers on every answer. The console (Vue + Element Plus) sets inline style
 * attributes, so styles may be inline; scripts come only from this origin, and no page may be
 * framed by another site.
 */
const CONTENT_SECURITY_POLICY = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/** Headers always; cross-origin calls only from the origins CORS_ORIGINS names (none by default). */
export async function applySafeDefaults(app: NestFastifyApplication, corsOrigins: string[]): Promise<void> {
  await app.register(helmet as never, { contentSecurityPolicy: CONTENT_SECURITY_POLICY, crossOriginEmbedderPolicy: false });
  if (corsOrigins.length) app.enableCors({ origin: corsOrigins, credentials: true });
}
