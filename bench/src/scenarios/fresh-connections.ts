import { Agent } from 'node:http';
import { timedRequest } from './http-client.js';

/**
 * Runs one phase of load on `concurrency` kept-alive connections opened just before it
 * (each with a `GET /health`), closed after it. A phase never reuses a connection that sat
 * idle through another side's phase: the server may be closing it (its keep-alive timeout)
 * just as the phase sends on it, and no sample pays for a connect.
 */
export async function withFreshConnections<T>(
  port: number,
  concurrency: number,
  phase: (agent: Agent) => Promise<T>,
): Promise<T> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  try {
    const opened = await Promise.all(
      Array.from({ length: concurrency }, () =>
        timedRequest({ port, method: 'GET', path: '/health', agent }, () => undefined),
      ),
    );
    const refused = opened.find((timing) => timing.status !== 200);
    if (refused !== undefined) throw new Error(`GET /health answered ${refused.status}`);
    return await phase(agent);
  } finally {
    agent.destroy();
  }
}
