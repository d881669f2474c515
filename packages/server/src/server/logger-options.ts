import type { FastifyServerOptions } from 'fastify';

const PINO_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/** Maps Superset's LOG_LEVEL names (INFO, WARNING, …) to pino's. */
export function pinoLevel(logLevel: string): string {
  const level = logLevel.toLowerCase();
  if (level === 'warning') return 'warn';
  if (level === 'critical') return 'fatal';
  return PINO_LEVELS.has(level) ? level : 'info';
}

/**
 * JSON logs on stdout, one object per line, with credentials redacted wherever a request
 * or response is logged.
 */
export function loggerOptions(logLevel: string): FastifyServerOptions['logger'] {
  return {
    level: pinoLevel(logLevel),
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      censor: '[redacted]',
    },
  };
}
