import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sharedControls } from '../../../../visualizations';
import { ControlWidget } from '../ControlWidget';
import { findSelectOption, setupUser } from '../testing/render-control';
import { renderWidget } from '../testing/render-widget';

describe('control widgets', { timeout: 120_000 }, () => {
  it('takes a typed row limit as a number, and reads one stored as text', async () => {
    const onChange = renderWidget(ControlWidget, sharedControls.row_limit, '1000');
    expect(screen.getByTitle('1000')).toBeTruthy();
    const user = setupUser();
    await user.click(screen.getByRole('combobox', { name: 'Row limit' }));
    await user.keyboard('1234');
    await user.click(await findSelectOption('1234'));
    expect(onChange).toHaveBeenCalledWith(1234);
  });

  it('adds typed and listed values to a multiple free-form select', async () => {
    const onChange = renderWidget(ControlWidget, sharedControls.time_compare, ['1 day ago']);
    const user = setupUser();
    await user.click(screen.getByRole('combobox', { name: 'Time shift' }));
    await user.click(await findSelectOption('1 week ago'));
    expect(onChange).toHaveBeenLastCalledWith(['1 day ago', '1 week ago']);
  });

  it('writes numbers, checkboxes and text as their types', async () => {
    const user = setupUser();
    const number = renderWidget(
      ControlWidget,
      { name: 'rolling_periods', kind: 'number', label: 'Periods', isInteger: true },
      null,
    );
    await user.type(screen.getByRole('spinbutton', { name: 'Periods' }), '7');
    expect(number).toHaveBeenLastCalledWith(7);

    const checkbox = renderWidget(ControlWidget, sharedControls.show_legend, 'true');
    const box = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Show legend' });
    expect(box.checked).toBe(true);
    await user.click(box);
    expect(checkbox).toHaveBeenLastCalledWith(false);

    const text = renderWidget(
      ControlWidget,
      { name: 'subheader', kind: 'text', label: 'Subheader' },
      undefined,
    );
    await user.type(screen.getByRole('textbox', { name: 'Subheader' }), 'a');
    expect(text).toHaveBeenLastCalledWith('a');
  });

  it("offers the dataset's time grains", async () => {
    const onChange = renderWidget(ControlWidget, sharedControls.time_grain_sqla, 'P1D');
    expect(screen.getByTitle('Day')).toBeTruthy();
    const user = setupUser();
    await user.click(screen.getByRole('combobox', { name: 'Time Grain' }));
    await user.click(await findSelectOption('Month'));
    expect(onChange).toHaveBeenCalledWith('P1M');
  });

  it('shows colour schemes with their colours and named formats with examples', async () => {
    const scheme = renderWidget(ControlWidget, sharedControls.color_scheme, 'supersetColors');
    const user = setupUser();
    await user.click(screen.getByRole('combobox', { name: 'Color Scheme' }));
    await user.click(await findSelectOption('D3 Category 10'));
    expect(scheme).toHaveBeenCalledWith('d3Category10');

    const format = renderWidget(ControlWidget, sharedControls.y_axis_format, 'SMART_NUMBER');
    expect(screen.getByTitle('Adaptive formatting')).toBeTruthy();
    await user.click(screen.getByRole('combobox', { name: 'Y Axis Format' }));
    await user.keyboard('.1f');
    await user.click(await findSelectOption('.1f'));
    expect(format).toHaveBeenCalledWith('.1f');
  });
});
