import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitBigNumberLayout } from './fit-font-size';

const base = { subheader: '', hasTimestamp: false, headerFontSize: 0.4, subheaderFontSize: 0.15 };

describe('fitBigNumberLayout', () => {
  it('shrinks a long number in a narrow tile until its estimated width fits', () => {
    const headline = '3,000,000';
    const width = 120;
    const { headlineFontSize } = fitBigNumberLayout({ ...base, width, height: 300, headline });
    expect(headlineFontSize).toBeLessThan(300 * 0.4);
    expect(estimateTextWidth(headline, headlineFontSize)).toBeLessThanOrEqual(width);
  });

  it('keeps a short number in a big tile at its share of the height', () => {
    const layout = fitBigNumberLayout({ ...base, width: 800, height: 400, headline: '$40.2M' });
    expect(layout.headlineFontSize).toBe(160);
  });

  it('fits the subheader to the width and the lines together to the height', () => {
    const layout = fitBigNumberLayout({
      ...base,
      width: 400,
      height: 60,
      headline: '42',
      subheader: 'Babies born since 1880',
      hasTimestamp: true,
      headerFontSize: 0.6,
      subheaderFontSize: 0.4,
    });
    const used = layout.headlineFontSize + layout.subheaderFontSize * 1.2 + 8 + 16;
    expect(used).toBeLessThanOrEqual(60);
    expect(layout.subheaderFontSize).toBeGreaterThan(0);
    expect(layout.subheaderFontSize).toBeLessThanOrEqual(layout.headlineFontSize);
  });

  it('gives no subheader size when there is no subheader', () => {
    const layout = fitBigNumberLayout({ ...base, width: 300, height: 200, headline: '7' });
    expect(layout).toEqual({ headlineFontSize: 80, subheaderFontSize: 0 });
  });
});
