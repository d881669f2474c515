import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { isServiceUp, scratchName } from './live-services.js';

describe('live service probing', () => {
  it('tells a listening port from a closed one', async () => {
    const server = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      expect(await isServiceUp({ name: 'probe', host: '127.0.0.1', port })).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await isServiceUp({ name: 'probe', host: '127.0.0.1', port })).toBe(false);
  });

  it('names scratch databases so that two runs never collide', () => {
    const names = new Set(Array.from({ length: 50 }, () => scratchName('t')));
    expect(names.size).toBe(50);
    for (const name of names) expect(name).toMatch(/^t_[a-z0-9]+_[a-z0-9]+$/);
  });
});
