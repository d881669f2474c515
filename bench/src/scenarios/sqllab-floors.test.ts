import { describe, expect, it } from 'vitest';
import { countLines } from './sqllab-floors.js';

describe('countLines', () => {
  it('counts line breaks, wherever chunks split the text', () => {
    expect(countLines(Buffer.from('id,name\n1,a\n2,b\n'))).toBe(3);
    expect(countLines(Buffer.from('no break'))).toBe(0);
    expect(countLines(Buffer.from('\n\n'))).toBe(2);
    expect(countLines(new Uint8Array())).toBe(0);
  });
});
