import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  closeConnections,
  requestJson,
  timedRequest,
  UnexpectedStatusError,
} from './http-client.js';

let server: Server;
let finishSlow: () => void = () => undefined;
let port: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/echo') {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        response.setHeader('content-type', 'application/json');
        response.end(
          JSON.stringify({
            authorization: request.headers.authorization ?? null,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
          }),
        );
      });
      return;
    }
    if (request.url === '/slow') {
      response.write('a\n');
      // The rest only once the client has seen the first chunk, so the gap is certain.
      finishSlow = () => setTimeout(() => response.end('b\nc\n'), 100);
      return;
    }
    response.statusCode = 404;
    response.end('{"message":"Not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  closeConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('requestJson', () => {
  it('sends the JSON body with the bearer token and parses the answer', async () => {
    const { body } = await requestJson<{ authorization: string; body: unknown }>(
      { port, method: 'POST', path: '/echo', token: 't0k', json: { sql: 'SELECT 1' } },
      200,
    );
    expect(body).toEqual({ authorization: 'Bearer t0k', body: { sql: 'SELECT 1' } });
  });

  it('refuses an unexpected status, quoting the answer', async () => {
    await expect(requestJson({ port, method: 'GET', path: '/nope' }, 200)).rejects.toThrow(
      UnexpectedStatusError,
    );
    await expect(requestJson({ port, method: 'GET', path: '/nope' }, 200)).rejects.toThrow(
      /answered 404.*Not found/,
    );
  });
});

describe('timedRequest', () => {
  it('times the first and the last byte of a streamed body and counts its bytes', async () => {
    const chunks: string[] = [];
    const timing = await timedRequest({ port, method: 'GET', path: '/slow' }, (chunk) => {
      if (chunks.length === 0) finishSlow();
      chunks.push(chunk.toString('utf8'));
    });
    expect(chunks.join('')).toBe('a\nb\nc\n');
    expect(timing.bytes).toBe(6);
    expect(timing.totalMs - timing.firstByteMs).toBeGreaterThanOrEqual(95);
  });
});
