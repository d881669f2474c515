import { describe, expect, it } from 'vitest';
import { formatDuration, formatValue } from './format-units.js';

describe('formatValue', () => {
  it('rounds each unit for reading', () => {
    expect(formatValue(312.44, 'ms')).toBe('312.4 ms');
    expect(formatValue(0.0334, 'ms')).toBe('0.033 ms');
    expect(formatValue(48.21, 'MiB')).toBe('48.2 MiB');
    expect(formatValue(4.214, 'ratio')).toBe('4.21x');
    expect(formatValue(87.26, 'MB/s')).toBe('87.3 MB/s');
  });

  it('shows row throughput in thousands, or millions from one million up', () => {
    expect(formatValue(412_345, 'rows/s')).toBe('412.3k rows/s');
    expect(formatValue(1_234_567, 'rows/s')).toBe('1.23M rows/s');
  });

  it('shows requests per second in thousands from one thousand up, and counts whole', () => {
    expect(formatValue(812.34, 'req/s')).toBe('812.3 req/s');
    expect(formatValue(11_870, 'req/s')).toBe('11.9k req/s');
    expect(formatValue(1, 'count')).toBe('1');
    expect(formatValue(1.5, 'count')).toBe('1.5');
  });
});

describe('formatDuration', () => {
  it('switches to minutes from one minute up', () => {
    expect(formatDuration(42_300)).toBe('42.3 s');
    expect(formatDuration(192_000)).toBe('3 min 12 s');
  });
});
