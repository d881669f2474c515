import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import { AppError } from '../../errors/app-error.js';
import { parseRateLimit } from './parse-rate-limit.js';

/** AUTH_RATE_LIMITED and AUTH_RATE_LIMIT. */
export interface LoginRateLimitOptions {
  isEnabled: boolean;
  rate: string;
}

/**
 * A hook that counts login attempts per client address (request.ip, which honours
 * ENABLE_PROXY_FIX) across every login route it is attached to, and answers 429
 * RATE_LIMIT_EXCEEDED with Retry-After once AUTH_RATE_LIMIT is used up. Undefined when
 * AUTH_RATE_LIMITED is off. Counters live in this process.
 */
export async function registerLoginRateLimit(
  app: FastifyInstance,
  options: LoginRateLimitOptions,
): Promise<onRequestAsyncHookHandler | undefined> {
  if (!options.isEnabled) return undefined;
  const { max, timeWindowMs } = parseRateLimit(options.rate);
  await app.register(rateLimit, { global: false });
  const check = app.rateLimit({
    max,
    timeWindow: timeWindowMs,
    // IPv6 clients are counted per /64, so rotating addresses within one network does not help.
    keyGenerator: (request) => normalizeIP(request.ip),
    errorResponseBuilder: () => new AppError('RATE_LIMIT_EXCEEDED'),
  });
  // One limiter shared by every login route, run as early as the route allows.
  return async function limitLoginAttempts(request, reply) {
    await check.call(this, request, reply);
  };
}
