import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chartDataResult } from '../testing/chart-data-result';
import { SuperChart } from './SuperChart';

const bigNumber = { datasource: '1__table', viz_type: 'big_number_total', metric: 'count' };

describe('SuperChart', () => {
  it('names the missing controls instead of querying incomplete form data', () => {
    render(
      <SuperChart
        formData={{ datasource: '1__table', viz_type: 'pie' }}
        width={400}
        height={300}
      />,
    );
    expect(screen.getByText('Add required control values to preview chart')).toBeTruthy();
    expect(screen.getByText('Metric cannot be empty.')).toBeTruthy();
  });

  it('asks for a dataset when the form data has none', () => {
    render(
      <SuperChart
        formData={{ viz_type: 'big_number_total', metric: 'count' }}
        width={400}
        height={300}
      />,
    );
    expect(screen.getByText('Dataset cannot be empty.')).toBeTruthy();
  });

  it("shows the server's message when the query failed", () => {
    const error = new Error('column "nope" does not exist');
    render(<SuperChart formData={bigNumber} error={error} width={400} height={300} />);
    expect(screen.getByRole('alert').textContent).toContain('column "nope" does not exist');
  });

  it('shows the error of a failed query inside a response', () => {
    const failed = chartDataResult([], [], [], { status: 'failed', error: 'Division by zero' });
    render(<SuperChart formData={bigNumber} queriesResponse={[failed]} width={400} height={300} />);
    expect(screen.getByRole('alert').textContent).toContain('Division by zero');
  });

  it('says no results were returned rather than drawing an empty box', () => {
    const empty = chartDataResult(['count'], [0], []);
    render(<SuperChart formData={bigNumber} queriesResponse={[empty]} width={400} height={300} />);
    expect(screen.getByText('No results were returned for this query')).toBeTruthy();
  });

  it('shows a spinner while loading', () => {
    render(<SuperChart formData={bigNumber} isLoading width={400} height={300} />);
    expect(screen.getByRole('status', { name: 'Loading chart' })).toBeTruthy();
  });

  it('says when the chart type is not available', () => {
    render(
      <SuperChart formData={{ ...bigNumber, viz_type: 'nvd3_line' }} width={400} height={300} />,
    );
    expect(screen.getByText('This chart type (nvd3_line) is not available.')).toBeTruthy();
  });

  it('draws the chart with its plugin once results arrive', async () => {
    const result = chartDataResult(['count'], [0], [{ count: 1234567 }]);
    render(<SuperChart formData={bigNumber} queriesResponse={[result]} width={400} height={300} />);
    expect((await screen.findByTestId('big-number')).textContent).toBe('1.23M');
  });
});
