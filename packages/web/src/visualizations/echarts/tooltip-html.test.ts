import { describe, expect, it } from 'vitest';
import { tooltipHtml } from './tooltip-html';

describe('tooltipHtml', () => {
  it('escapes data so a value cannot inject markup into the tooltip', () => {
    const html = tooltipHtml([['<img src=x onerror=alert(1)>', '1.2k']], 'A & B');
    expect(html).toContain('A &amp; B');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });
});
