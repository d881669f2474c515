import { describe, expect, it } from 'vitest';
import { lookupOnce, RequestLookups } from './request-lookups.js';

describe('request lookups', () => {
  it('loads a key once per request and shares the answer, failures included', async () => {
    const lookups = new RequestLookups();
    let loads = 0;
    const load = () => {
      loads += 1;
      return Promise.resolve({ id: 7 });
    };
    const [first, second] = await Promise.all([
      lookups.once('dataset:7', load),
      lookups.once('dataset:7', load),
    ]);
    expect(first).toBe(second);
    expect(loads).toBe(1);

    const failing = () => Promise.reject(new Error('gone'));
    await expect(lookups.once('dataset:8', failing)).rejects.toThrow('gone');
    await expect(lookups.once('dataset:8', () => Promise.resolve(1))).rejects.toThrow('gone');
  });

  it('loads every time without a request scope', async () => {
    let loads = 0;
    const load = () => Promise.resolve((loads += 1));
    await lookupOnce(undefined, 'a', load);
    await lookupOnce(undefined, 'a', load);
    expect(loads).toBe(2);
  });
});
