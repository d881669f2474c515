import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

/** One HTTP exchange as the harness timed it. */
export interface TimedResponse {
  readonly status: number;
  /** From sending the request to the first byte of the body (or the headers when empty). */
  readonly firstByteMs: number;
  /** From sending the request to the last byte of the body. */
  readonly totalMs: number;
  readonly bytes: number;
}

/** A request to a server on 127.0.0.1. */
export interface HttpCall {
  readonly port: number;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly token?: string;
  readonly json?: unknown;
  /** The connections to use; the module's single kept-alive connection when absent. */
  readonly agent?: Agent;
}

/** One kept-alive connection for the whole scenario, as a browser tab would keep. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** Thrown for an answer other than the status the harness expected. */
export class UnexpectedStatusError extends Error {
  override readonly name = 'UnexpectedStatusError';
}

/**
 * Sends one request and hands every body chunk to `onChunk` as it arrives; no
 * `Accept-Encoding`, so the body comes uncompressed, as a browser saving a file sees it.
 */
export function timedRequest(
  call: HttpCall,
  onChunk: (chunk: Buffer) => void,
): Promise<TimedResponse> {
  const body = call.json === undefined ? undefined : Buffer.from(JSON.stringify(call.json));
  const headers: Record<string, string> = {};
  if (call.token !== undefined) headers.authorization = `Bearer ${call.token}`;
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(body.length);
  }
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const outgoing = request(
      {
        host: '127.0.0.1',
        port: call.port,
        method: call.method,
        path: call.path,
        headers,
        agent: call.agent ?? agent,
      },
      (response) => {
        let firstByteMs: number | undefined;
        let bytes = 0;
        response.on('data', (chunk: Buffer) => {
          firstByteMs ??= performance.now() - startedAt;
          bytes += chunk.length;
          onChunk(chunk);
        });
        response.once('error', reject);
        response.once('end', () => {
          const totalMs = performance.now() - startedAt;
          resolve({
            status: response.statusCode ?? 0,
            firstByteMs: firstByteMs ?? totalMs,
            totalMs,
            bytes,
          });
        });
      },
    );
    outgoing.once('error', reject);
    outgoing.end(body);
  });
}

/** A request whose JSON answer is read whole and parsed; throws unless the status is `expected`. */
export async function requestJson<T>(
  call: HttpCall,
  expected: number,
): Promise<{ body: T; timing: TimedResponse }> {
  const chunks: Buffer[] = [];
  const timing = await timedRequest(call, (chunk) => chunks.push(chunk));
  const text = Buffer.concat(chunks).toString('utf8');
  if (timing.status !== expected) {
    throw new UnexpectedStatusError(
      `${call.method} ${call.path} answered ${timing.status}, expected ${expected}: ${text.slice(0, 500)}`,
    );
  }
  return { body: JSON.parse(text) as T, timing };
}

/** Closes the kept-alive connection, so the harness can exit. */
export function closeConnections(): void {
  agent.destroy();
}
