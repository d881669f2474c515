import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DatasetPanel } from './DatasetPanel';
import { DRAG_MIME_TYPES, readDragPayload } from './drag-payload';
import { buildColumn, buildExploreDataset, buildMetric } from './testing/build-dataset';
import { FakeDataTransfer } from './testing/fake-data-transfer';
import { renderControl, setupUser } from './testing/render-control';

const dataset = buildExploreDataset({
  metrics: [
    buildMetric({
      metric_name: 'count',
      verbose_name: 'COUNT(*)',
      is_certified: true,
      certified_by: 'Data team',
    }),
    buildMetric({
      metric_name: 'sum__num',
      expression: 'SUM(num)',
      warning_text: 'Slow on big ranges',
    }),
  ],
  columns: [
    buildColumn({ column_name: 'ds', type: 'TIMESTAMP', type_generic: 2, is_dttm: true }),
    buildColumn({ column_name: 'name', verbose_name: 'Baby name' }),
    buildColumn({ column_name: 'num', type: 'BIGINT', type_generic: 0 }),
  ],
});

const itemNamed = (list: HTMLElement, text: string) =>
  within(list).getByText(text).closest('li') as HTMLElement;

describe('DatasetPanel', { timeout: 120_000 }, () => {
  it('lists the metrics, then the columns, with type icons, verbose names and marks', () => {
    const onChangeDataset = vi.fn();
    renderControl(<DatasetPanel dataset={dataset} onChangeDataset={onChangeDataset} />);

    expect(screen.getByText('public.birth_names')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Physical dataset' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Change dataset' }));
    expect(onChangeDataset).toHaveBeenCalled();

    const metrics = screen.getByRole('list', { name: 'Metrics' });
    const columns = screen.getByRole('list', { name: 'Columns' });
    expect(
      metrics.compareDocumentPosition(columns) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();

    const count = itemNamed(metrics, 'COUNT(*)');
    expect(count.getAttribute('title')).toBe('count: COUNT(*)');
    expect(within(count).getByRole('img', { name: 'Certified' })).toBeTruthy();
    expect(
      within(itemNamed(metrics, 'sum__num')).getByRole('img', {
        name: 'Warning: Slow on big ranges',
      }),
    ).toBeTruthy();

    const name = itemNamed(columns, 'Baby name');
    expect(name.getAttribute('title')).toBe('name');
    expect(within(name).getByRole('img', { name: 'String' })).toBeTruthy();
    expect(within(itemNamed(columns, 'ds')).getByRole('img', { name: 'Temporal' })).toBeTruthy();
    expect(within(itemNamed(columns, 'num')).getByRole('img', { name: 'Numeric' })).toBeTruthy();
  });

  it('searches names and verbose names, with an empty state when nothing matches', async () => {
    renderControl(<DatasetPanel dataset={dataset} />);
    const user = setupUser();
    const search = screen.getByRole('searchbox', { name: 'Search metrics and columns' });
    await user.type(search, 'baby');
    expect(screen.queryByRole('list', { name: 'Metrics' })).toBeNull();
    expect(
      within(screen.getByRole('list', { name: 'Columns' })).getAllByRole('listitem'),
    ).toHaveLength(1);
    expect(screen.getByText('Showing 1 of 3')).toBeTruthy();

    await user.clear(search);
    await user.type(search, 'zzz');
    expect(screen.getByText('No metrics or columns match "zzz"')).toBeTruthy();
  });

  it('puts the dragged metric or column on the drag', () => {
    renderControl(<DatasetPanel dataset={dataset} />);
    const data = new FakeDataTransfer();
    fireEvent.dragStart(itemNamed(screen.getByRole('list', { name: 'Columns' }), 'Baby name'), {
      dataTransfer: data,
    });
    expect(data.types).toContain(DRAG_MIME_TYPES.column);
    expect(readDragPayload(data)).toEqual({ kind: 'column', column: dataset.columns[1] });

    const metricData = new FakeDataTransfer();
    fireEvent.dragStart(itemNamed(screen.getByRole('list', { name: 'Metrics' }), 'sum__num'), {
      dataTransfer: metricData,
    });
    expect(readDragPayload(metricData)).toEqual({ kind: 'metric', metric: dataset.metrics[1] });
  });
});
