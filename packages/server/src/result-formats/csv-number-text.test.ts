import { describe, expect, it } from 'vitest';
import { plainNumberText } from './csv-number-text.js';

describe('plain number text for CSV', () => {
  it('writes what String(Number(text)) writes, without building the number', () => {
    const texts = ['42', '-7', '0', '-0', '12.50', '-0.50', '0.000', '-0.000', '100.0', '0.000001'];
    for (const text of [...texts, '123456789012345', '12345678.1234567', '0.1200']) {
      expect(plainNumberText(text, '.'), text).toBe(String(Number(text)));
    }
  });

  it('uses the decimal mark of CSV_EXPORT', () => {
    expect(plainNumberText('1234.50', ',')).toBe('1234,5');
    expect(plainNumberText('17', ',')).toBe('17');
  });

  it('leaves to the long way what JavaScript would write otherwise, or not as a number', () => {
    for (const text of [
      '1234567890123456',
      '9007199254740993',
      '0.0000001',
      '1e+20',
      'NaN',
      'Infinity',
      '-Infinity',
      '007',
      '.5',
      '5.',
      '+5',
      '-',
      '',
      '1,5',
    ]) {
      expect(plainNumberText(text, '.'), text).toBeUndefined();
    }
  });
});
