import { describe, expect, it } from 'vitest';
import { plainDateTimeText } from './csv-date-text.js';
import { csvField } from './csv-line.js';

const comma = { separator: ',', decimal: '.' };

describe('plain date-time text for CSV', () => {
  it('writes what the Date of the text writes, for the everyday shapes', () => {
    const cases: [string, string][] = [
      ['2024-01-02 03:04:05', '2024-01-02T03:04:05Z'],
      ['2024-01-02T03:04:05', '2024-01-02T03:04:05Z'],
      ['2024-01-02', '2024-01-02T00:00:00Z'],
      ['2024-01-02 03:04:05.123456', '2024-01-02T03:04:05.123Z'],
      ['2024-01-02 03:04:05.5', '2024-01-02T03:04:05.500Z'],
      ['2024-01-02 03:04:05.000999', '2024-01-02T03:04:05Z'],
      ['2024-01-02 03:04:05+00', '2024-01-02T03:04:05Z'],
      ['2024-01-02 03:04:05.25+00:00', '2024-01-02T03:04:05.250Z'],
      ['2024-02-29 23:59:59Z', '2024-02-29T23:59:59Z'],
      ['2000-02-29', '2000-02-29T00:00:00Z'],
      ['1000-01-01 00:00:00', '1000-01-01T00:00:00Z'],
    ];
    for (const [text, iso] of cases) {
      expect(plainDateTimeText(text), text).toBe(csvField(new Date(iso), comma));
    }
  });

  it('leaves zones, rollovers, odd years and other text to the long way', () => {
    for (const text of [
      '2024-01-02 03:04:05+02',
      '2024-01-02 03:04:05-03:30',
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-01-01 24:00:00',
      '2024-01-01 23:60:00',
      '0999-12-31',
      '10000-01-01',
      '2024-01-02 03:04:05.1234567',
      '2024-01-02 03:04:05.',
      '2024-01-02 03:04',
      'infinity',
      '0044-03-15 BC',
    ]) {
      expect(plainDateTimeText(text), text).toBeUndefined();
    }
  });
});
