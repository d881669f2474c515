import type { DashboardJsonMetadata, NativeFilter } from '@superset-ts/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findSelectOption, setupUser } from '../../explore/controls/testing/render-control';
import { mockApi, type RecordedRequest } from '../../users/testing/mock-api';
import { dashboardRow, loadedDashboard, nativeFilter } from './testing/loaded-dashboard';
import { renderFilterBar } from './testing/render-filter-bar';

const DATASETS = 'GET /api/v1/dashboard/7/datasets';
const SAVE = 'PUT /api/v1/dashboard/7';

function api() {
  return mockApi({
    [DATASETS]: () => ({
      body: {
        result: [
          {
            id: 10,
            table_name: 'sales',
            columns: [
              { column_name: 'region', is_dttm: false },
              { column_name: 'ds', is_dttm: true },
            ],
          },
        ],
      },
    }),
    [SAVE]: () => ({ body: { id: 7, result: dashboardRow() } }),
  });
}

function savedMetadata(requests: readonly RecordedRequest[]): DashboardJsonMetadata {
  const put = requests.find((request) => request.method === 'PUT');
  const body = put?.body as { json_metadata: string } | undefined;
  return JSON.parse(body?.json_metadata ?? 'null') as DashboardJsonMetadata;
}

const savedFilters = (requests: readonly RecordedRequest[]) =>
  (savedMetadata(requests).native_filter_configuration ?? []) as NativeFilter[];

async function openEditor(metadata: DashboardJsonMetadata) {
  const rendered = renderFilterBar(loadedDashboard(metadata), undefined, { canEdit: true });
  const user = setupUser();
  await user.click(screen.getByRole('button', { name: 'Add or edit filters' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add and edit filters' });
  return { ...rendered, user, dialog };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('FilterConfigModal', { timeout: 120_000 }, () => {
  it('adds a value filter on a dataset column and saves it with the other metadata kept', async () => {
    const server = api();
    const { user, dialog, onConfigurationSaved } = await openEditor({
      color_scheme: 'bnbColors',
    });
    await user.click(within(dialog).getByRole('button', { name: /Add filter/ }));
    await user.type(within(dialog).getByLabelText('Filter name'), 'Region');
    await user.click(within(dialog).getByRole('combobox', { name: 'Dataset' }));
    await user.click(await findSelectOption('sales'));
    await user.click(within(dialog).getByRole('combobox', { name: 'Column' }));
    await user.click(await findSelectOption('region'));
    await user.click(within(dialog).getByText('Filter value is required'));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(onConfigurationSaved).toHaveBeenCalled());
    const metadata = savedMetadata(server.requests);
    expect(metadata.color_scheme).toBe('bnbColors');
    const [filter] = savedFilters(server.requests);
    expect(filter).toMatchObject({
      type: 'NATIVE_FILTER',
      name: 'Region',
      filterType: 'filter_select',
      targets: [{ datasetId: 10, column: { name: 'region' } }],
      controlValues: { enableEmptyFilter: true, multiSelect: true },
      scope: { rootPath: ['ROOT_ID'], excluded: [] },
      chartsInScope: [1, 2, 3],
    });
    expect(filter?.id).toMatch(/^NATIVE_FILTER-/);
    expect(onConfigurationSaved).toHaveBeenCalledWith(metadata);
  });

  it('says what is missing and saves nothing', async () => {
    const server = api();
    const { user, dialog, onConfigurationSaved } = await openEditor({});
    await user.click(within(dialog).getByRole('button', { name: /Add filter/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(
        'Enter a name for the filter. Choose the dataset the filter reads. Choose the column the filter applies to.',
      ),
    ).toBeTruthy();
    expect(server.calls()).not.toContain(SAVE);
    expect(onConfigurationSaved).not.toHaveBeenCalled();
  });

  it('refuses parent filters that go round in a circle', async () => {
    const server = api();
    const { user, dialog } = await openEditor({
      native_filter_configuration: [
        nativeFilter({ id: 'A', name: 'Region', cascadeParentIds: ['B'] }),
        nativeFilter({ id: 'B', name: 'Country', cascadeParentIds: ['A'] }),
      ],
    });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(
        'The filter depends on itself through its parent filters; remove a parent.',
      ),
    ).toBeTruthy();
    expect(server.calls()).not.toContain(SAVE);
  });

  it('reorders and removes filters, dropping a removed parent', async () => {
    const server = api();
    const { user, dialog, onConfigurationSaved } = await openEditor({
      native_filter_configuration: [
        nativeFilter({ id: 'A', name: 'Region' }),
        { id: 'D', type: 'DIVIDER', title: 'More' },
        nativeFilter({ id: 'B', name: 'Country', cascadeParentIds: ['A'] }),
      ],
    });
    await user.click(within(dialog).getByRole('button', { name: 'Move Country up' }));
    await user.click(within(dialog).getByRole('button', { name: 'Remove Region' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onConfigurationSaved).toHaveBeenCalled());
    const saved = savedMetadata(server.requests).native_filter_configuration ?? [];
    expect(saved.map((item) => item.id)).toEqual(['B', 'D']);
    expect(saved[0]).toMatchObject({ cascadeParentIds: [] });
  });

  it('limits a filter to the charts picked', async () => {
    const server = api();
    const { user, dialog, onConfigurationSaved } = await openEditor({
      native_filter_configuration: [
        nativeFilter({ id: 'T', name: 'Period', filterType: 'filter_time', targets: [{}] }),
      ],
    });
    await user.click(within(dialog).getByRole('radio', { name: 'Selected charts' }));
    const charts = within(dialog).getByRole('combobox', { name: 'Charts in scope' });
    await user.click(charts);
    // Every chart starts picked; unpick two of them.
    await user.click(await findSelectOption('Revenue'));
    await user.click(await findSelectOption('Orders'));
    fireEvent.blur(charts);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onConfigurationSaved).toHaveBeenCalled());
    expect(savedFilters(server.requests)[0]).toMatchObject({
      scope: { rootPath: ['ROOT_ID'], excluded: [1, 2] },
      chartsInScope: [3],
    });
  });

  it('shows why saving failed', async () => {
    mockApi({
      [DATASETS]: () => ({ body: { result: [] } }),
      [SAVE]: () => ({
        status: 403,
        body: { message: 'Changing this dashboard is forbidden.', errors: [] },
      }),
    });
    const { user, dialog, onConfigurationSaved } = await openEditor({
      native_filter_configuration: [
        nativeFilter({ id: 'T', name: 'Period', filterType: 'filter_time', targets: [{}] }),
      ],
    });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(
        'The filters were not saved: Changing this dashboard is forbidden.',
      ),
    ).toBeTruthy();
    expect(onConfigurationSaved).not.toHaveBeenCalled();
  });
});
