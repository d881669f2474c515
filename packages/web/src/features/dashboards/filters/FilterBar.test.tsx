import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findSelectOption, setupUser } from '../../explore/controls/testing/render-control';
import { mockApi } from '../../users/testing/mock-api';
import { renderFilterBar } from './testing/render-filter-bar';
import { loadedDashboard, nativeFilter } from './testing/loaded-dashboard';

const REGION_VALUES = 'GET /api/v1/datasource/table/10/column/region/values/';
const COUNTRY_VALUES = 'GET /api/v1/datasource/table/10/column/country/values/';
const CHART_DATA = 'POST /api/v1/chart/data';
const EXPLORE = 'GET /api/v1/explore/';

const valuesAnswer = (values: unknown[]) => () => ({ body: { result: values, limit: 1000 } });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('FilterBar', { timeout: 120_000 }, () => {
  it('applies the values picked in a select filter as an IN filter, only once changed', async () => {
    const api = mockApi({ [REGION_VALUES]: valuesAnswer(['EU', 'NA', null]) });
    const { onApply } = renderFilterBar(
      loadedDashboard({
        native_filter_configuration: [
          { id: 'DIVIDER-1', type: 'DIVIDER', title: 'Where', description: 'Places' },
          nativeFilter({ id: 'F1', name: 'Region' }),
        ],
      }),
    );
    expect(screen.getByText('Where')).toBeTruthy();
    const apply = screen.getByRole('button', { name: 'Apply filters' });
    expect(apply).toHaveProperty('disabled', true);

    const user = setupUser();
    await user.click(screen.getByRole('combobox', { name: 'Region' }));
    await user.click(await findSelectOption('NA'));
    await user.click(await findSelectOption('<NULL>'));
    expect(apply).toHaveProperty('disabled', false);
    await user.click(apply);

    expect(onApply).toHaveBeenCalledWith({
      F1: {
        extraFormData: { filters: [{ col: 'region', op: 'IN', val: ['NA', null] }] },
        filterState: { value: ['NA', null], label: 'NA, <NULL>' },
      },
    });
    expect(api.calls()).toEqual([REGION_VALUES]);
  });

  it('is reached with Tab, searches as one types, and excludes values with inverse selection', async () => {
    mockApi({ [REGION_VALUES]: valuesAnswer(['EU', 'NA']) });
    const { onApply } = renderFilterBar(
      loadedDashboard({
        native_filter_configuration: [
          nativeFilter({
            id: 'F1',
            name: 'Region',
            controlValues: { multiSelect: false, inverseSelection: true },
          }),
        ],
      }),
    );
    expect(screen.getByText('Charts leave out the chosen values.')).toBeTruthy();
    const user = setupUser();
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Region' }));
    await user.keyboard('N');
    const match = await findSelectOption('NA');
    expect(document.querySelector('.ant-select-item-option[title="EU"]')).toBeNull();
    await user.click(match);
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onApply.mock.calls[0]?.[0].F1?.extraFormData).toEqual({
      filters: [{ col: 'region', op: 'NOT IN', val: ['NA'] }],
    });
  });

  it('turns a numerical range into >= and <= filters', async () => {
    mockApi({});
    const { onApply } = renderFilterBar(
      loadedDashboard({
        native_filter_configuration: [
          nativeFilter({
            id: 'R',
            name: 'Price',
            filterType: 'filter_range',
            targets: [{ datasetId: 10, column: { name: 'price' } }],
          }),
        ],
      }),
    );
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Price minimum' }), {
      target: { value: '10' },
    });
    fireEvent.change(screen.getByRole('spinbutton', { name: 'Price maximum' }), {
      target: { value: '99.5' },
    });
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onApply.mock.calls[0]?.[0].R?.extraFormData).toEqual({
      filters: [
        { col: 'price', op: '>=', val: 10 },
        { col: 'price', op: '<=', val: 99.5 },
      ],
    });
  });

  it("asks a dependent filter's values with its parent's pending selection applied", async () => {
    const api = mockApi({
      [REGION_VALUES]: valuesAnswer(['EU', 'NA']),
      [COUNTRY_VALUES]: valuesAnswer(['France', 'Canada', 'Japan']),
      [CHART_DATA]: () => ({
        body: {
          result: [
            {
              data: [{ country: 'France' }, { country: 'Germany' }],
              colnames: ['country'],
              coltypes: [1],
              rowcount: 2,
            },
          ],
        },
      }),
    });
    renderFilterBar(
      loadedDashboard({
        native_filter_configuration: [
          nativeFilter({ id: 'F1', name: 'Region' }),
          nativeFilter({
            id: 'F2',
            name: 'Country',
            targets: [{ datasetId: 10, column: { name: 'country' } }],
            cascadeParentIds: ['F1'],
          }),
        ],
      }),
    );
    const user = setupUser();
    await user.click(screen.getByRole('combobox', { name: 'Region' }));
    await user.click(await findSelectOption('EU'));
    await user.click(screen.getByRole('combobox', { name: 'Country' }));
    expect(await findSelectOption('Germany')).toBeTruthy();
    expect(document.querySelector('.ant-select-item-option[title="Japan"]')).toBeNull();

    const request = api.requests.find((entry) => entry.method === 'POST');
    expect(request?.body).toMatchObject({
      datasource: { id: 10, type: 'table' },
      queries: [
        {
          columns: ['country'],
          metrics: [],
          filters: [{ col: 'region', op: 'IN', val: ['EU'], isExtra: true }],
        },
      ],
      result_type: 'results',
    });
  });

  it('marks a required filter and keeps Apply off until it has a value', async () => {
    mockApi({ [REGION_VALUES]: valuesAnswer(['EU']) });
    renderFilterBar(
      loadedDashboard({
        native_filter_configuration: [
          nativeFilter({ id: 'F1', name: 'Region', controlValues: { enableEmptyFilter: true } }),
        ],
      }),
      {
        nativeFilters: {
          F1: {
            extraFormData: { filters: [{ col: 'region', op: 'IN', val: ['EU'] }] },
            filterState: { value: ['EU'] },
          },
        },
        crossFilters: {},
      },
    );
    expect(screen.getByTitle('A value is required')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Region' }).getAttribute('aria-required')).toBe(
      'true',
    );
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(screen.getByText('Choose a value: this filter is required.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Apply filters' })).toHaveProperty('disabled', true);
  });

  it('clears every filter with Clear all, applied with Apply', async () => {
    mockApi({ [REGION_VALUES]: valuesAnswer(['EU']) });
    const { onApply } = renderFilterBar(
      loadedDashboard({
        native_filter_configuration: [
          nativeFilter({ id: 'F1', name: 'Region' }),
          nativeFilter({ id: 'T', name: 'Period', filterType: 'filter_time', targets: [{}] }),
        ],
      }),
      {
        nativeFilters: {
          F1: {
            extraFormData: { filters: [{ col: 'region', op: 'IN', val: ['EU'] }] },
            filterState: { value: ['EU'] },
          },
          T: { extraFormData: { time_range: 'Last week' }, filterState: { value: 'Last week' } },
        },
        crossFilters: {},
      },
    );
    expect(screen.getByRole('button', { name: 'Period: Last week' })).toBeTruthy();
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(screen.getByRole('button', { name: 'Period: No filter' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onApply).toHaveBeenCalledWith({
      F1: { extraFormData: {}, filterState: { value: null } },
      T: { extraFormData: {}, filterState: { value: null } },
    });
  });

  it('offers the time grains of the dataset and applies the chosen one', async () => {
    const api = mockApi({
      [EXPLORE]: () => ({
        body: {
          result: {
            dataset: {
              id: 10,
              type: 'table',
              name: 'sales',
              columns: [],
              metrics: [],
              database: { id: 1 },
              time_grain_sqla: [
                ['P1D', 'Day'],
                ['P1M', 'Month'],
              ],
            },
            form_data: {},
            slice: null,
            message: null,
            metadata: null,
          },
        },
      }),
    });
    const { onApply } = renderFilterBar(
      loadedDashboard({
        native_filter_configuration: [
          nativeFilter({
            id: 'G',
            name: 'Grain',
            filterType: 'filter_timegrain',
            targets: [{ datasetId: 10 }],
          }),
        ],
      }),
    );
    const user = setupUser();
    await user.click(screen.getByRole('combobox', { name: 'Grain' }));
    await user.click(await findSelectOption('Month'));
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(onApply.mock.calls[0]?.[0].G?.extraFormData).toEqual({ time_grain_sqla: 'P1M' });
    expect(api.requests[0]?.url).toBe('/api/v1/explore/?datasource_id=10&datasource_type=table');
  });

  it("says why a filter's values could not be loaded", async () => {
    mockApi({
      [REGION_VALUES]: () => ({
        status: 403,
        body: { message: 'You may not read this dataset.', errors: [] },
      }),
    });
    renderFilterBar(
      loadedDashboard({
        native_filter_configuration: [nativeFilter({ id: 'F1', name: 'Region' })],
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not load the values: You may not read this dataset.',
    );
  });

  it('lists the active cross-filters and clears one with its x', async () => {
    mockApi({});
    const { onClearCrossFilter } = renderFilterBar(loadedDashboard({}), {
      nativeFilters: {},
      crossFilters: {
        1: {
          extraFormData: { filters: [{ col: 'region', op: 'IN', val: ['EU'] }] },
          filterState: { value: ['EU'], label: 'EU' },
        },
        2: { extraFormData: { filters: [] }, filterState: { value: null } },
      },
    });
    const list = screen.getByRole('region', { name: 'Cross-filters' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByText('Revenue')).toBeTruthy();
    expect(within(list).getByText('region')).toBeTruthy();
    expect(within(list).getByText('EU')).toBeTruthy();
    const user = setupUser();
    await user.click(screen.getByRole('button', { name: 'Clear the cross-filter of Revenue' }));
    expect(onClearCrossFilter).toHaveBeenCalledWith(1);
  });

  it('says when the dashboard has no filters, and offers the editor only to editors', () => {
    mockApi({});
    renderFilterBar(loadedDashboard({}));
    expect(screen.getByText('No filters are currently added to this dashboard.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add or edit filters' })).toBeNull();
  });

  it('starts again from the applied values when the page applies others', async () => {
    mockApi({ [REGION_VALUES]: valuesAnswer(['EU', 'NA']) });
    const loaded = loadedDashboard({
      native_filter_configuration: [nativeFilter({ id: 'F1', name: 'Region' })],
    });
    const { rerender } = renderFilterBar(loaded);
    const user = setupUser();
    await user.click(screen.getByRole('combobox', { name: 'Region' }));
    await user.click(await findSelectOption('EU'));
    const applied = {
      nativeFilters: {
        F1: {
          extraFormData: { filters: [{ col: 'region', op: 'IN', val: ['NA'] }] },
          filterState: { value: ['NA'] },
        },
      },
      crossFilters: {},
    };
    expect(screen.getByRole('button', { name: 'Apply filters' })).toHaveProperty('disabled', false);
    rerender(applied);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Apply filters' })).toHaveProperty(
        'disabled',
        true,
      ),
    );
  });
});
