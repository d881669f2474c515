import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ColumnControl } from '../../../../../visualizations';
import { writeDragPayload } from '../../drag-payload';
import { buildExploreDataset } from '../../testing/build-dataset';
import { FakeDataTransfer } from '../../testing/fake-data-transfer';
import { findSelectOption, setupUser } from '../../testing/render-control';
import { renderWidget } from '../../testing/render-widget';
import { ColumnsControl } from './ColumnsControl';

const dataset = buildExploreDataset();
const groupby: ColumnControl = { name: 'groupby', kind: 'columns', label: 'Dimensions' };
const xAxis: ColumnControl = {
  name: 'x_axis',
  kind: 'column',
  label: 'X-axis',
  temporalOnly: true,
};

function renderColumns(control: ColumnControl, value: unknown) {
  return renderWidget(ColumnsControl, control, value, { dataset });
}

function drop(target: HTMLElement, columnIndex: number) {
  const data = new FakeDataTransfer();
  writeDragPayload(data, { kind: 'column', column: dataset.columns[columnIndex]! });
  fireEvent.dragOver(target, { dataTransfer: data });
  fireEvent.drop(target, { dataTransfer: data });
}

describe('ColumnsControl', { timeout: 120_000 }, () => {
  it('adds dropped columns by name and adhoc SQL columns with their label', async () => {
    const onChange = renderColumns(groupby, ['gender']);
    const group = screen.getByRole('group', { name: 'Dimensions' });
    drop(group, 1);
    expect(onChange).toHaveBeenLastCalledWith(['gender', 'name']);

    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Add Dimensions' }));
    await user.click(await screen.findByRole('tab', { name: 'Custom SQL' }));
    await user.click(screen.getByRole('textbox', { name: 'SQL expression' }));
    await user.paste('UPPER(name)');
    await user.click(screen.getByRole('textbox', { name: 'Column label' }));
    await user.paste('Shout');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onChange).toHaveBeenLastCalledWith([
      'gender',
      { sqlExpression: 'UPPER(name)', label: 'Shout', expressionType: 'SQL' },
    ]);
  });

  it('offers and accepts only temporal columns for a time axis, holding one value', async () => {
    const onChange = renderColumns(xAxis, null);
    const group = screen.getByRole('group', { name: 'X-axis' });
    drop(group, 1);
    expect(onChange).not.toHaveBeenCalled();
    drop(group, 0);
    expect(onChange).toHaveBeenLastCalledWith('ds');

    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Add X-axis' }));
    await user.click(await screen.findByRole('combobox', { name: 'Column' }));
    expect(await findSelectOption('ds')).toBeTruthy();
    expect(document.querySelector('.ant-select-item-option[title="name"]')).toBeNull();
  });

  it('shows verbose names with the real name on hover, and no add button once one is set', () => {
    renderColumns(xAxis, 'ds');
    const group = screen.getByRole('group', { name: 'X-axis' });
    expect(within(group).getByRole('button', { name: 'Edit ds' }).getAttribute('title')).toBe('ds');
    expect(within(group).queryByRole('button', { name: 'Add X-axis' })).toBeNull();
  });
});
