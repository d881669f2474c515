import { get } from 'node:http';

/**
 * One `GET /health` on 127.0.0.1: the status code, or undefined when nothing answers yet
 * (connection refused, reset or too slow). No keep-alive agent, so every probe is what a
 * load balancer's first probe would be.
 */
export function probeHealth(port: number, timeoutMs = 1000): Promise<number | undefined> {
  return new Promise((resolve) => {
    const request = get(
      { host: '127.0.0.1', port, path: '/health', agent: false, timeout: timeoutMs },
      (response) => {
        response.resume();
        resolve(response.statusCode);
      },
    );
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(undefined));
  });
}
