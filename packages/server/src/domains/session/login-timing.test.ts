import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, type TestApp } from '../../app/test-support/test-app.js';

const SAMPLES = 25;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

describe('login timing does not reveal which usernames exist', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ overrides: { AUTH_RATE_LIMITED: false } });
    await addUser(t.metadataDb, { username: 'ada', password: 'correct horse' });
  });
  afterAll(async () => t.close());

  const timeLogin = async (username: string): Promise<number> => {
    const started = performance.now();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/security/login',
      payload: { username, password: 'wrong password', provider: 'db' },
    });
    const elapsed = performance.now() - started;
    expect(response.statusCode).toBe(401);
    return elapsed;
  };

  it('takes the same median time for an unknown user as for a wrong password', async () => {
    await timeLogin('nobody');
    await timeLogin('ada');
    const unknown: number[] = [];
    const wrongPassword: number[] = [];
    // Interleaved, so a burst of load on the machine slows both kinds alike.
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      unknown.push(await timeLogin(`nobody-${sample}`));
      wrongPassword.push(await timeLogin('ada'));
    }
    const [a, b] = [median(unknown), median(wrongPassword)];
    const medians = `medians: unknown user ${a.toFixed(1)} ms, wrong password ${b.toFixed(1)} ms`;
    // Without the decoy verification an unknown user answers in a fraction of the time.
    expect(Math.abs(a - b), medians).toBeLessThan(Math.max(a, b) * 0.2 + 2);
  }, 60_000);
});
