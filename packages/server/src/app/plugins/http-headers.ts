import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';

/** The header maps of superset_config that shape every response. */
export interface HttpHeaderOptions {
  talismanEnabled: boolean;
  defaultHeaders: Readonly<Record<string, string>>;
  headers: Readonly<Record<string, string>>;
  overrideHeaders: Readonly<Record<string, string>>;
}

/**
 * The content-security policy of the built UI: scripts only from this origin, inline styles
 * because antd's CSS-in-JS writes them, images from data: and blob: URLs for chart exports.
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
    frameAncestors: ["'self'"],
    formAction: ["'self'"],
  },
};

/**
 * Security headers (Superset's Talisman role) and the configured header maps:
 * DEFAULT_HTTP_HEADERS fill in only what a route did not set, HTTP_HEADERS are always added,
 * OVERRIDE_HTTP_HEADERS replace whatever was there.
 */
export async function registerHttpHeaders(
  app: FastifyInstance,
  options: HttpHeaderOptions,
): Promise<void> {
  if (options.talismanEnabled) {
    await app.register(helmet, {
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      crossOriginEmbedderPolicy: false,
      // Same-origin requests keep their referrer (the action log records it); others get none.
      referrerPolicy: { policy: 'same-origin' },
    });
  }
  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(options.defaultHeaders)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    for (const [name, value] of Object.entries(options.headers)) reply.header(name, value);
    for (const [name, value] of Object.entries(options.overrideHeaders)) reply.header(name, value);
    return payload;
  });
}
