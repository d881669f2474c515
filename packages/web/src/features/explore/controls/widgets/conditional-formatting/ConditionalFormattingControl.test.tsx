import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SimpleControl } from '../../../../../visualizations';
import { chooseSelectOption, setupUser } from '../../testing/render-control';
import { renderWidget } from '../../testing/render-widget';
import { ConditionalFormattingControl } from './ConditionalFormattingControl';

const control: SimpleControl = {
  name: 'conditional_formatting',
  kind: 'conditional-formatting',
  label: 'Conditional formatting',
};

function renderRules(value: unknown) {
  return renderWidget(ConditionalFormattingControl, control, value, {
    formData: { metrics: ['count'] },
  });
}

describe('ConditionalFormattingControl', { timeout: 120_000 }, () => {
  it('adds a rule on a metric with its target value and colour', async () => {
    const onChange = renderRules([]);
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Add Conditional formatting' }));
    await chooseSelectOption(user, 'Rule column', 'count');
    await user.type(screen.getByRole('spinbutton', { name: 'Target value' }), '100');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onChange).toHaveBeenCalledWith([
      { column: 'count', operator: '>', targetValue: 100, colorScheme: '#ACE1C4' },
    ]);
  });

  it('edits a rule into a range, keeping only the values it reads', async () => {
    const onChange = renderRules([
      { column: 'num', operator: '>', targetValue: 5, colorScheme: '#ff0000' },
    ]);
    const group = screen.getByRole('group', { name: 'Conditional formatting' });
    const user = setupUser();
    await user.click(within(group).getByRole('button', { name: 'Edit num > 5' }));
    await chooseSelectOption(user, 'Rule operator', '≤ x ≤');
    await user.type(screen.getByRole('spinbutton', { name: 'Left value' }), '1');
    await user.type(screen.getByRole('spinbutton', { name: 'Right value' }), '9');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onChange).toHaveBeenCalledWith([
      {
        column: 'num',
        operator: '≤ x ≤',
        targetValueLeft: 1,
        targetValueRight: 9,
        colorScheme: '#ff0000',
      },
    ]);
  });
});
