import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import BigNumberTotalView from './BigNumberTotalView';
import { estimateTextWidth } from './fit-font-size';

const props = {
  headline: '3,000,000',
  subheader: '',
  headerFontSize: 0.4,
  subheaderFontSize: 0.15,
};

describe('BigNumberTotalView', () => {
  it('draws a long number in a narrow tile small enough to fit its width', () => {
    render(<BigNumberTotalView width={150} height={300} props={props} />);
    const fontSize = parseFloat(screen.getByTestId('big-number').style.fontSize);
    expect(fontSize).toBeGreaterThan(0);
    expect(estimateTextWidth('3,000,000', fontSize)).toBeLessThanOrEqual(150);
  });
});
