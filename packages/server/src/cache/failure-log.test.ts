import { describe, expect, it } from 'vitest';
import { throttleWarnings } from './failure-log.js';

describe('throttled cache warnings', () => {
  it('warns once per interval and counts what it kept quiet', () => {
    let clock = 0;
    const said: string[] = [];
    const warn = throttleWarnings(
      (message) => said.push(message),
      1_000,
      () => clock,
    );
    warn('Redis down.', new Error('x'));
    clock = 500;
    warn('Redis down.', new Error('x'));
    warn('Redis down.', new Error('x'));
    clock = 1_000;
    warn('Redis down.', new Error('x'));
    expect(said).toEqual([
      'Redis down.',
      'Redis down. (2 similar failures since the last warning)',
    ]);
  });
});
