import type { DatasetUpdate } from '@superset-ts/shared';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildBootstrap } from '../../../testing/build-bootstrap';
import { renderApp } from '../../../testing/render-app';
import { datasetsApi } from '../testing/datasets-api';

// The editor is a large tree of inputs: role queries take seconds each in jsdom, so this
// test finds elements by label and text, and waits long.
configure({ asyncUtilTimeout: 30_000, defaultHidden: true });

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Opens the editor of `orders` from the list; the dialog once the dataset is loaded. */
async function openEditor(): Promise<HTMLElement> {
  renderApp('/tablemodelview/list/', buildBootstrap());
  fireEvent.click(await screen.findByLabelText('Edit orders'));
  const tab = await screen.findByText('Source', { selector: '.ant-tabs-tab-btn' });
  return tab.closest('.ant-modal') as HTMLElement;
}

function showTab(dialog: HTMLElement, name: string) {
  fireEvent.click(
    within(dialog).getByText(name, { selector: '.ant-tabs-tab-btn, .ant-tabs-tab-btn *' }),
  );
}

function button(container: HTMLElement, text: string): HTMLElement {
  return within(container)
    .getByText(text, { selector: 'button span' })
    .closest('button') as HTMLElement;
}

describe('DatasourceModal', { timeout: 180_000 }, () => {
  it('saves an edited metric and column label in one PUT after the confirmation', async () => {
    const api = datasetsApi(
      {},
      { 'PUT /api/v1/dataset/11': () => ({ body: { id: 11, result: {} } }) },
    );
    const dialog = await openEditor();

    showTab(dialog, 'Metrics');
    fireEvent.change(await within(dialog).findByLabelText('Label of count'), {
      target: { value: 'Orders' },
    });
    showTab(dialog, 'Columns');
    fireEvent.change(await within(dialog).findByLabelText('Label of amount'), {
      target: { value: 'Amount' },
    });
    fireEvent.click(button(dialog, 'Save'));

    const confirm = (
      await screen.findByText('Confirm save', { selector: '.ant-modal-confirm-title' })
    ).closest('.ant-modal') as HTMLElement;
    fireEvent.click(button(confirm, 'Save'));
    await waitFor(() => expect(api.calls()).toContain('PUT /api/v1/dataset/11'));
    const body = api.requests.find((r) => r.method === 'PUT')?.body as DatasetUpdate;
    expect(body.metrics?.[0]).toMatchObject({
      id: 201,
      metric_name: 'count',
      verbose_name: 'Orders',
    });
    expect(body.columns?.find((c) => c.id === 101)).toMatchObject({ verbose_name: 'Amount' });
    expect(body.columns).toHaveLength(3);
    expect(await screen.findByText('orders saved')).toBeTruthy();
  });

  it('keeps the dialog open and says what to fix when a metric has no SQL', async () => {
    const api = datasetsApi();
    const dialog = await openEditor();

    showTab(dialog, 'Metrics');
    fireEvent.click(button(dialog, 'Add metric'));
    fireEvent.change(within(dialog).getByLabelText('Metric key of new metric'), {
      target: { value: 'revenue' },
    });
    fireEvent.click(button(dialog, 'Save'));

    expect(await within(dialog).findByText(/Metric revenue: expression/)).toBeTruthy();
    expect(screen.queryByText('Confirm save')).toBeNull();
    expect(api.calls()).not.toContain('PUT /api/v1/dataset/11');
  });
});
