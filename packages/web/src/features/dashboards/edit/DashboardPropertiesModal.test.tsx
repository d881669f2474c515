import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { EditorView } from '@uiw/react-codemirror';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi } from '../../users/testing/mock-api';
import { DashboardPropertiesModal, type PropertiesValues } from './DashboardPropertiesModal';
import { buildDashboard } from './testing/build-loaded-dashboard';
import { renderWithProviders } from './testing/render-editor';

// CodeMirror measures text through Range rects, which jsdom does not implement.
if (!('getClientRects' in Range.prototype)) {
  Object.assign(Range.prototype, {
    getClientRects: () => [],
    getBoundingClientRect: () => new DOMRect(),
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const VALUES: PropertiesValues = {
  title: 'Sales',
  metadata: { color_scheme: 'supersetColors', refresh_frequency: 60 },
  properties: { slug: 'sales', owners: [1], roles: [], certifiedBy: '', certificationDetails: '' },
};

function renderModal() {
  mockApi({
    'GET /api/v1/dashboard/related/roles': () => ({
      body: { count: 1, result: [{ value: 4, text: 'Sales team' }] },
    }),
  });
  const onApply = vi.fn();
  renderWithProviders(
    <DashboardPropertiesModal
      dashboard={buildDashboard()}
      values={VALUES}
      onApply={onApply}
      onCancel={() => undefined}
    />,
  );
  return {
    onApply,
    user: userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never }),
  };
}

/** Replaces the text of the JSON metadata editor, as typing or pasting would. */
function setJsonMetadata(text: string) {
  const content = screen.getByRole('textbox', { name: 'JSON metadata' });
  const view = EditorView.findFromDOM(content);
  if (!view) throw new Error('no editor');
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

describe('DashboardPropertiesModal', { timeout: 60_000 }, () => {
  it('refuses JSON metadata that is not a JSON object', async () => {
    const { onApply, user } = renderModal();
    await user.click(screen.getByRole('button', { name: /Advanced: JSON metadata/ }));
    setJsonMetadata('{"color_scheme": ');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect((await screen.findByRole('alert')).textContent).toContain('not valid JSON');

    setJsonMetadata('[1, 2]');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('must be a JSON object'),
    );
    expect(onApply).not.toHaveBeenCalled();
  });

  it('refuses a slug with spaces', async () => {
    const { onApply, user } = renderModal();
    const slug = screen.getByRole('textbox', { name: 'URL slug' });
    await user.clear(slug);
    await user.type(slug, 'my sales');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText(/slug may hold only letters/)).toBeTruthy();
    expect(onApply).not.toHaveBeenCalled();
  });

  it('applies the fields, keeping the metadata keys it does not show', async () => {
    const { onApply, user } = renderModal();
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Sales overview');
    await user.type(screen.getByRole('textbox', { name: 'Certified by' }), 'Finance');
    await user.click(screen.getByRole('button', { name: /Advanced: JSON metadata/ }));
    setJsonMetadata('{"color_scheme": "supersetColors", "refresh_frequency": 300, "extra": true}');
    await user.click(screen.getByRole('combobox', { name: 'Roles' }));
    await user.click(await screen.findByText('Sales team'));
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(onApply).toHaveBeenCalled());
    expect(onApply).toHaveBeenCalledWith({
      title: 'Sales overview',
      metadata: { color_scheme: 'supersetColors', refresh_frequency: 300, extra: true },
      properties: {
        slug: 'sales',
        owners: [1],
        roles: [4],
        certifiedBy: 'Finance',
        certificationDetails: '',
      },
    });
  });

  it('writes the picked colour scheme into the metadata', async () => {
    const { onApply, user } = renderModal();
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: 'Color scheme' }));
    await user.click(await screen.findByTitle('D3 Category 10'));
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(onApply).toHaveBeenCalled());
    expect((onApply.mock.calls[0]![0] as PropertiesValues).metadata).toEqual({
      color_scheme: 'd3Category10',
      refresh_frequency: 60,
    });
  });
});
