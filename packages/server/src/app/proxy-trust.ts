import type { Config } from '../config/index.js';

/**
 * ENABLE_PROXY_FIX as Fastify's `trustProxy`: off, or trust as many proxy hops as
 * PROXY_FIX_CONFIG.x_for says (Werkzeug ProxyFix's meaning), so X-Forwarded-For, -Proto and
 * -Host set by those proxies decide the client address, scheme and host. Without it, a client
 * cannot spoof its address with a forged header.
 */
export function trustProxyFrom(
  config: Config,
): boolean | ((address: string, hop: number) => boolean) {
  if (!config.ENABLE_PROXY_FIX) return false;
  const hops = Math.max(config.PROXY_FIX_CONFIG.x_for ?? 1, 1);
  return (_address, hop) => hop < hops;
}
