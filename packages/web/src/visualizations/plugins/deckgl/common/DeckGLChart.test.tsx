import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import DeckGLChart from './DeckGLChart';
import type { DeckChartProps } from './types';
import { DEFAULT_VIEWPORT } from './viewport';

const props: DeckChartProps = {
  layer: {
    kind: 'scatter',
    data: [{ position: [2.35, 48.85], radius: 100, color: [0, 122, 135, 255], tooltip: [] }],
    radiusMinPixels: 2,
    radiusMaxPixels: 250,
  },
  mapStyle: 'offline://world-light',
  viewport: DEFAULT_VIEWPORT,
  autozoom: true,
  bounds: [
    [2.35, 48.85],
    [2.35, 48.85],
  ],
  legend: { position: 'tr', entries: [{ label: 'Paris', color: [0, 122, 135, 255] }] },
  ariaLabel: 'Scatter map of 1 points',
};

describe('DeckGLChart', () => {
  // A browser without WebGL: every canvas context is refused.
  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  });
  afterEach(() => vi.restoreAllMocks());

  it('says the map needs WebGL instead of showing an empty box when the browser has none', async () => {
    render(<DeckGLChart width={400} height={300} props={props} />);

    const figure = screen.getByRole('figure', { name: 'Scatter map of 1 points' });

    await screen.findByText('The map could not be drawn', {}, { timeout: 10_000 });
    expect(figure.textContent).toMatch(/This map needs WebGL/);
    expect(screen.queryByRole('list', { name: 'Legend' })).toBeNull();
  });

  it('lists the legend while the map loads', () => {
    render(<DeckGLChart width={400} height={300} props={props} />);

    expect(screen.getByRole('list', { name: 'Legend' }).textContent).toBe('Paris');
    expect(screen.getByRole('status', { name: 'Loading map' })).toBeTruthy();
  });
});
