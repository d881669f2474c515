import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AdhocFilter, SimpleControl } from '../../../../../visualizations';
import { mockApi } from '../../../../users/testing/mock-api';
import { writeDragPayload } from '../../drag-payload';
import { buildExploreDataset } from '../../testing/build-dataset';
import { FakeDataTransfer } from '../../testing/fake-data-transfer';
import { chooseSelectOption, findSelectOption, setupUser } from '../../testing/render-control';
import { renderWidget } from '../../testing/render-widget';
import { FiltersControl } from './FiltersControl';

const dataset = buildExploreDataset();
const control: SimpleControl = { name: 'adhoc_filters', kind: 'filters', label: 'Filters' };
const VALUES_URL = 'GET /api/v1/datasource/table/3/column/gender/values/';

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderFilters(value: AdhocFilter[]) {
  return renderWidget(FiltersControl, control, value, { dataset });
}

describe('FiltersControl', { timeout: 120_000 }, () => {
  it('adds an IN filter picking values the server lists for the column', async () => {
    const api = mockApi({
      [VALUES_URL]: () => ({ body: { result: ['boy', 'girl'], limit: 1000 } }),
    });
    const onChange = renderFilters([]);
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Add Filters' }));
    await chooseSelectOption(user, 'Filter column', 'gender');
    // A string column starts with IN and loads its values.
    expect(await screen.findByText('In')).toBeTruthy();
    await user.click(screen.getByRole('combobox', { name: 'Filter values' }));
    await user.click(await findSelectOption('girl'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(onChange).toHaveBeenCalledWith([
      {
        expressionType: 'SIMPLE',
        clause: 'WHERE',
        subject: 'gender',
        operator: 'IN',
        comparator: ['girl'],
      },
    ]);
    expect(api.calls()).toEqual([VALUES_URL]);
  });

  it("shows pills as the filter reads, and edits one's operator to one without a value", async () => {
    mockApi({ [VALUES_URL]: () => ({ body: { result: [], limit: 1000 } }) });
    const onChange = renderFilters([
      {
        expressionType: 'SIMPLE',
        clause: 'WHERE',
        subject: 'gender',
        operator: '==',
        comparator: 'boy',
      },
      { expressionType: 'SQL', clause: 'HAVING', sqlExpression: 'SUM(num) > 10' },
    ]);
    const group = screen.getByRole('group', { name: 'Filters' });
    expect(within(group).getByRole('button', { name: "Edit gender = 'boy'" })).toBeTruthy();
    expect(within(group).getByRole('button', { name: 'Edit HAVING SUM(num) > 10' })).toBeTruthy();

    const user = setupUser();
    await user.click(within(group).getByRole('button', { name: "Edit gender = 'boy'" }));
    await chooseSelectOption(user, 'Operator', 'Is null');
    expect(screen.queryByRole('combobox', { name: 'Filter value' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onChange).toHaveBeenCalledWith([
      { expressionType: 'SIMPLE', clause: 'WHERE', subject: 'gender', operator: 'IS NULL' },
      { expressionType: 'SQL', clause: 'HAVING', sqlExpression: 'SUM(num) > 10' },
    ]);
  });

  it('writes a Custom SQL filter with its clause', async () => {
    const onChange = renderFilters([]);
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Add Filters' }));
    await user.click(await screen.findByRole('tab', { name: 'Custom SQL' }));
    await chooseSelectOption(user, 'Clause', 'HAVING (after aggregating)');
    await user.click(screen.getByRole('textbox', { name: 'Filter SQL' }));
    await user.paste('COUNT(*) > 5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onChange).toHaveBeenCalledWith([
      { expressionType: 'SQL', clause: 'HAVING', sqlExpression: 'COUNT(*) > 5' },
    ]);
  });

  it('opens the editor on a dropped temporal column with a time range', async () => {
    const onChange = renderFilters([]);
    const data = new FakeDataTransfer();
    writeDragPayload(data, { kind: 'column', column: dataset.columns[0]! });
    const group = screen.getByRole('group', { name: 'Filters' });
    fireEvent.dragOver(group, { dataTransfer: data });
    fireEvent.drop(group, { dataTransfer: data });

    expect(await screen.findByRole('button', { name: 'Time range: No filter' })).toBeTruthy();
    await setupUser().click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onChange).toHaveBeenCalledWith([
        {
          expressionType: 'SIMPLE',
          clause: 'WHERE',
          subject: 'ds',
          operator: 'TEMPORAL_RANGE',
          comparator: 'No filter',
        },
      ]),
    );
  });
});
