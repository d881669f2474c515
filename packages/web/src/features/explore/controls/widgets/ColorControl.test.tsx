import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { buildExploreDataset } from '../testing/build-dataset';
import { renderControl, setupUser } from '../testing/render-control';
import { ColorControl } from './ColorControl';

describe('ColorControl', { timeout: 120_000 }, () => {
  it('shows a colour stored as {r, g, b, a} and writes a picked one in that shape', async () => {
    const onChange = vi.fn();
    renderControl(
      <ColorControl
        control={{ name: 'color_picker', kind: 'color', label: 'Color' }}
        value={{ r: 0, g: 122, b: 135, a: 1 }}
        onChange={onChange}
        dataset={buildExploreDataset()}
        formData={{}}
      />,
    );
    expect(screen.getByText('rgba(0, 122, 135, 1)')).toBeTruthy();
    await setupUser().click(screen.getByRole('button', { name: 'Color' }));
    const red = await waitFor(() => {
      const input = document.querySelector<HTMLInputElement>('.ant-color-picker-rgb-input input');
      if (!input) throw new Error('The picker has not opened');
      return input;
    });
    fireEvent.change(red, { target: { value: '255' } });
    await waitFor(() =>
      expect(onChange).toHaveBeenLastCalledWith({ r: 255, g: 122, b: 135, a: 1 }),
    );
  });
});
