import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SimpleControl } from '../../../../../visualizations';
import { writeDragPayload } from '../../drag-payload';
import { buildExploreDataset } from '../../testing/build-dataset';
import { FakeDataTransfer } from '../../testing/fake-data-transfer';
import { chooseSelectOption, setupUser } from '../../testing/render-control';
import { renderWidget } from '../../testing/render-widget';
import { MetricsControl } from './MetricsControl';

const dataset = buildExploreDataset();
const metricsControl: SimpleControl = { name: 'metrics', kind: 'metrics', label: 'Metrics' };
const metricControl: SimpleControl = { name: 'metric', kind: 'metric', label: 'Metric' };

function renderMetrics(value: unknown, control = metricsControl) {
  return renderWidget(MetricsControl, control, value, { dataset });
}

async function chooseOption(label: string, option: string) {
  await chooseSelectOption(setupUser(), label, option);
}

describe('MetricsControl', { timeout: 120_000 }, () => {
  it('shows saved metrics by verbose name and adhoc metrics by label, and removes one', async () => {
    const onChange = renderMetrics([
      'count',
      {
        expressionType: 'SIMPLE',
        column: { column_name: 'num' },
        aggregate: 'SUM',
        label: 'SUM(num)',
      },
    ]);
    const group = screen.getByRole('group', { name: 'Metrics' });
    expect(within(group).getByRole('button', { name: 'Edit COUNT(*)' })).toBeTruthy();
    expect(within(group).getByRole('button', { name: 'Edit SUM(num)' })).toBeTruthy();

    await setupUser().click(within(group).getByRole('button', { name: 'Remove COUNT(*)' }));
    expect(onChange).toHaveBeenCalledWith([
      {
        expressionType: 'SIMPLE',
        column: { column_name: 'num' },
        aggregate: 'SUM',
        label: 'SUM(num)',
      },
    ]);
  });

  it('adds a SIMPLE adhoc metric in Superset shape from a column and an aggregate', async () => {
    const onChange = renderMetrics([]);
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Add Metrics' }));
    expect(await screen.findByRole('tab', { name: 'Simple', selected: true })).toBeTruthy();

    await chooseOption('Column', 'num');
    await chooseOption('Aggregate', 'AVG');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onChange).toHaveBeenCalledTimes(1);
    const [[metrics]] = onChange.mock.calls as [[Record<string, unknown>[]]];
    expect(metrics).toHaveLength(1);
    expect(metrics[0]).toMatchObject({
      expressionType: 'SIMPLE',
      column: { column_name: 'num', type: 'BIGINT' },
      aggregate: 'AVG',
      sqlExpression: null,
      label: 'AVG(num)',
      hasCustomLabel: false,
    });
    expect(metrics[0]?.optionName).toMatch(/^metric_/);
  });

  it('adds a Custom SQL metric with a label of the user', async () => {
    const onChange = renderMetrics([]);
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Add Metrics' }));
    await user.click(await screen.findByRole('tab', { name: 'Custom SQL' }));
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save.hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('textbox', { name: 'SQL expression' }));
    await user.paste('SUM(num) / 2');
    await user.click(screen.getByRole('textbox', { name: 'Metric label' }));
    await user.paste('Half');
    await user.click(save);

    expect(onChange).toHaveBeenCalledWith([
      expect.objectContaining({
        expressionType: 'SQL',
        sqlExpression: 'SUM(num) / 2',
        label: 'Half',
        hasCustomLabel: true,
      }),
    ]);
  });

  it('picks a saved metric as its name, and edits a metric in place keeping its identity', async () => {
    const onChange = renderMetrics(
      [
        {
          expressionType: 'SQL',
          sqlExpression: 'MAX(num)',
          label: 'MAX(num)',
          hasCustomLabel: false,
          optionName: 'metric_keep',
        },
      ],
      metricControl,
    );
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Edit MAX(num)' }));
    expect(await screen.findByRole('tab', { name: 'Custom SQL', selected: true })).toBeTruthy();
    const sql = screen.getByRole('textbox', { name: 'SQL expression' });
    await user.clear(sql);
    await user.paste('MIN(num)');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    // One metric: the value is the metric itself, not a list.
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        sqlExpression: 'MIN(num)',
        label: 'MIN(num)',
        optionName: 'metric_keep',
      }),
    );

    await user.click(screen.getByRole('button', { name: 'Edit MAX(num)' }));
    await user.click(await screen.findByRole('tab', { name: 'Saved' }));
    await chooseOption('Saved metric', 'sum__num');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onChange).toHaveBeenLastCalledWith('sum__num');
  });

  it('adds a saved metric dropped from the dataset panel, and opens the editor on a dropped column', async () => {
    const onChange = renderMetrics(['count']);
    const group = screen.getByRole('group', { name: 'Metrics' });

    const metricDrag = new FakeDataTransfer();
    writeDragPayload(metricDrag, { kind: 'metric', metric: dataset.metrics[1]! });
    fireEvent.dragOver(group, { dataTransfer: metricDrag });
    fireEvent.drop(group, { dataTransfer: metricDrag });
    expect(onChange).toHaveBeenLastCalledWith(['count', 'sum__num']);

    const columnDrag = new FakeDataTransfer();
    writeDragPayload(columnDrag, { kind: 'column', column: dataset.columns[3]! });
    fireEvent.dragOver(group, { dataTransfer: columnDrag });
    fireEvent.drop(group, { dataTransfer: columnDrag });
    // The editor opens on SUM(num), to be confirmed.
    const save = await screen.findByRole('button', { name: 'Save' });
    expect(screen.getByRole('textbox', { name: 'Metric label' }).getAttribute('placeholder')).toBe(
      'SUM(num)',
    );
    await setupUser().click(save);
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith([
        'count',
        expect.objectContaining({ expressionType: 'SIMPLE', aggregate: 'SUM', label: 'SUM(num)' }),
      ]),
    );
  });

  it('reorders metrics by dragging one pill onto another', () => {
    const onChange = renderMetrics(['count', 'sum__num']);
    const pills = screen.getAllByTestId('control-pill');
    const data = new FakeDataTransfer();
    fireEvent.dragStart(pills[1]!, { dataTransfer: data });
    fireEvent.dragOver(pills[0]!, { dataTransfer: data });
    fireEvent.drop(pills[0]!, { dataTransfer: data });
    expect(onChange).toHaveBeenCalledWith(['sum__num', 'count']);
  });
});
