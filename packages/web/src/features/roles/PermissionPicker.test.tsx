import { configure, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { PermissionPicker } from './PermissionPicker';
import { PERMISSION_RESOURCES } from './testing/build-permission-resource';

configure({ defaultHidden: true });

describe('PermissionPicker', () => {
  it('selects a whole resource at once and shows it as partly or fully chosen', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <PermissionPicker
        pairs={PERMISSION_RESOURCES}
        isLoading={false}
        value={[1]}
        onChange={onChange}
      />,
    );
    const dashboard = screen.getByLabelText<HTMLInputElement>('All permissions on Dashboard');
    expect(dashboard.indeterminate).toBe(true);

    fireEvent.click(dashboard);
    expect(onChange).toHaveBeenLastCalledWith([1, 2]);

    rerender(
      <PermissionPicker
        pairs={PERMISSION_RESOURCES}
        isLoading={false}
        value={[1, 2]}
        onChange={onChange}
      />,
    );
    expect(screen.getByLabelText<HTMLInputElement>('All permissions on Dashboard').checked).toBe(
      true,
    );
    fireEvent.click(screen.getByLabelText('can_write on Dashboard'));
    expect(onChange).toHaveBeenLastCalledWith([1]);
  });

  it('narrows to what matches the search, or to the selected permissions', () => {
    render(
      <PermissionPicker
        pairs={PERMISSION_RESOURCES}
        isLoading={false}
        value={[3]}
        onChange={vi.fn()}
      />,
    );
    fireEvent.change(screen.getByLabelText('Search permissions'), { target: { value: 'write' } });
    expect(screen.getByLabelText('can_write on Dashboard')).toBeTruthy();
    expect(screen.queryByLabelText('can_read on Chart')).toBeNull();

    fireEvent.change(screen.getByLabelText('Search permissions'), { target: { value: '' } });
    fireEvent.click(screen.getByLabelText('Selected only'));
    expect(screen.getByLabelText('can_read on Chart')).toBeTruthy();
    expect(screen.queryByLabelText('can_read on Dashboard')).toBeNull();
    expect(screen.getByText('1 of 3 selected')).toBeTruthy();
  });
});
