import { describe, expect, it } from 'vitest';
import { createSingleFlight } from './single-flight.js';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('single-flight', () => {
  it('runs identical concurrent work once and gives every caller its result', async () => {
    const flight = createSingleFlight<number>();
    const gate = deferred<number>();
    let runs = 0;
    const work = () => {
      runs += 1;
      return gate.promise;
    };
    const callers = [flight.run('q', work), flight.run('q', work), flight.run('q', work)];
    const other = flight.run('other', () => Promise.resolve(7));
    gate.resolve(42);
    expect(await Promise.all(callers)).toEqual([42, 42, 42]);
    expect(await other).toBe(7);
    expect(runs).toBe(1);
  });

  it('runs again once the previous run settled', async () => {
    const flight = createSingleFlight<number>();
    let runs = 0;
    const work = () => Promise.resolve(++runs);
    expect(await flight.run('q', work)).toBe(1);
    expect(await flight.run('q', work)).toBe(2);
    expect(flight.size).toBe(0);
  });

  it('shares a failure with every waiting caller, then forgets it', async () => {
    const flight = createSingleFlight<number>();
    const gate = deferred<number>();
    let runs = 0;
    const failing = () => {
      runs += 1;
      return gate.promise;
    };
    const first = flight.run('q', failing);
    const second = flight.run('q', failing);
    gate.reject(new Error('database down'));
    await expect(first).rejects.toThrow('database down');
    await expect(second).rejects.toThrow('database down');
    expect(runs).toBe(1);
    expect(await flight.run('q', () => Promise.resolve(5))).toBe(5);
  });

  it('turns a synchronous throw into a shared rejection', async () => {
    const flight = createSingleFlight<number>();
    const boom = () => {
      throw new Error('bad input');
    };
    await expect(flight.run('q', boom)).rejects.toThrow('bad input');
    expect(flight.size).toBe(0);
  });
});
