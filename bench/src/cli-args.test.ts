import { describe, expect, it } from 'vitest';
import { CliArgsError, parseCliArgs } from './cli-args.js';

describe('parseCliArgs', () => {
  it('runs everything, fully, by default', () => {
    expect(parseCliArgs([])).toEqual({ quick: false, only: undefined, help: false });
  });

  it('reads --quick and --only <scenario>', () => {
    expect(parseCliArgs(['--quick', '--only', 'cold-start'])).toEqual({
      quick: true,
      only: 'cold-start',
      help: false,
    });
  });

  it('refuses unknown arguments and --only without a scenario', () => {
    expect(() => parseCliArgs(['--fast'])).toThrow(CliArgsError);
    expect(() => parseCliArgs(['--only'])).toThrow(CliArgsError);
    expect(() => parseCliArgs(['cold-start'])).toThrow(CliArgsError);
  });
});
