import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  defineChartPlugin,
  type ChartFormData,
  type ControlPanel,
  type ControlValidationError,
} from '../../../visualizations';
import { ControlPanelView } from './ControlPanelView';
import { buildExploreDataset } from './testing/build-dataset';
import { renderControl, setupUser } from './testing/render-control';

const panel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      expanded: true,
      rows: [
        [
          {
            name: 'query_mode',
            kind: 'select',
            label: 'Query mode',
            options: [
              { value: 'aggregate', label: 'Aggregate' },
              { value: 'raw', label: 'Raw records' },
            ],
          },
        ],
        [
          {
            name: 'metrics',
            kind: 'metrics',
            label: 'Metrics',
            required: true,
            description: 'Select one or many metrics to display.',
            visibleWhen: (formData) => formData.query_mode !== 'raw',
          },
        ],
        [
          { name: 'row_limit', kind: 'number', label: 'Row limit' },
          { name: 'order_desc', kind: 'checkbox', label: 'Sort descending' },
        ],
      ],
    },
    { label: 'Advanced', rows: [[{ name: 'extra', kind: 'text', label: 'Extra' }]] },
    {
      label: 'Chart Options',
      tab: 'customize',
      expanded: true,
      rows: [[{ name: 'show_legend', kind: 'checkbox', label: 'Show legend' }]],
    },
  ],
};

function pluginWith(controlPanel: ControlPanel) {
  return defineChartPlugin({
    vizType: 'test_chart',
    name: 'Test chart',
    description: '',
    category: 'Other',
    tags: [],
    controlPanel,
    validate: () => [],
    buildQuery: () => ({ datasource: { id: 1, type: 'table' }, queries: [] }),
    transformProps: () => ({}),
    loadComponent: () => Promise.resolve({ default: () => null }),
  });
}

function renderPanel(
  formData: ChartFormData,
  errors: readonly ControlValidationError[] = [],
  controlPanel = panel,
) {
  const onChange = vi.fn();
  const view = renderControl(
    <ControlPanelView
      plugin={pluginWith(controlPanel)}
      formData={formData}
      dataset={buildExploreDataset()}
      errors={errors}
      onChange={onChange}
    />,
  );
  return { onChange, view };
}

describe('ControlPanelView', { timeout: 120_000 }, () => {
  it('shows the Data sections, expanded as declared, and the Customize tab with its own', async () => {
    renderPanel({ query_mode: 'aggregate', row_limit: 100, order_desc: true });
    expect(screen.getByRole('tab', { name: 'Data', selected: true })).toBeTruthy();
    // Row controls side by side, a checkbox with its label beside it.
    expect(screen.getByRole('spinbutton', { name: 'Row limit' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Sort descending' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Metrics' })).toBeTruthy();
    // A section that is not expanded shows its header only.
    expect(screen.getByRole('button', { name: /Advanced/ }).getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect(screen.queryByRole('textbox', { name: 'Extra' })).toBeNull();

    await setupUser().click(screen.getByRole('tab', { name: 'Customize' }));
    expect(await screen.findByRole('checkbox', { name: 'Show legend' })).toBeTruthy();
  });

  it('hides the Customize tab when the type has no such section', () => {
    renderPanel({}, [], { sections: [panel.sections[0]!] });
    expect(screen.getByRole('tab', { name: 'Data' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Customize' })).toBeNull();
  });

  it('leaves out the controls the form data hides', () => {
    const { view } = renderPanel({ query_mode: 'aggregate' });
    expect(screen.getByRole('group', { name: 'Metrics' })).toBeTruthy();
    view.rerender(
      <ControlPanelView
        plugin={pluginWith(panel)}
        formData={{ query_mode: 'raw' }}
        dataset={buildExploreDataset()}
        errors={[]}
        onChange={vi.fn()}
      />,
    );
    expect(screen.queryByRole('group', { name: 'Metrics' })).toBeNull();
  });

  it('marks incomplete controls, their section and tab, with the message', () => {
    renderPanel({}, [{ control: 'metrics', message: 'Metrics cannot be empty.' }]);
    expect(screen.getByText('Metrics cannot be empty.')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Metrics has an error' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Query has errors' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: /Data has errors/ })).toBeTruthy();
    expect(screen.queryByRole('img', { name: 'Row limit has an error' })).toBeNull();
  });

  it("shows a control's description on hover and writes edits as a patch of its name", async () => {
    const { onChange } = renderPanel({ order_desc: false });
    const user = setupUser();
    await user.hover(screen.getByRole('img', { name: 'About Metrics' }));
    expect(await screen.findByText('Select one or many metrics to display.')).toBeTruthy();

    await user.click(screen.getByRole('checkbox', { name: 'Sort descending' }));
    expect(onChange).toHaveBeenCalledWith({ order_desc: true });

    const limit = screen.getByRole('spinbutton', { name: 'Row limit' });
    await user.type(limit, '5');
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ row_limit: 5 }));
  });
});
