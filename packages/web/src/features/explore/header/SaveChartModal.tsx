import { Form, Input, Radio, Typography } from 'antd';
import { useState } from 'react';
import { FormModal } from '../../../components/FormModal';
import type { AnyChartPlugin, ChartFormData } from '../../../visualizations';
import { createChart, fetchChart, updateChart } from '../../../api/charts';
import type { ExploreSlice } from '../useExploreWorkspace';
import { AddToDashboardSelect } from './AddToDashboardSelect';
import { chartSaveBody, dashboardsWith, storedFormData } from './chart-save';
import {
  resolveDashboardTarget,
  type DashboardChoice,
  type DashboardSaveRights,
  type DashboardTarget,
} from './dashboard-choices';

/** Whether a save replaces the open chart or makes a new one. */
export type SaveAction = 'overwrite' | 'saveas';

interface SaveChartValues {
  action: SaveAction;
  slice_name: string;
}

/** The dashboards a chart is on now (an overwrite keeps them when adding one). */
async function fetchChartDashboardIds(chartId: number): Promise<number[]> {
  return (await fetchChart(chartId)).dashboards.map((dashboard) => dashboard.id);
}

/**
 * The Save dialog: "Save (Overwrite)" the open chart (offered to its owners) or "Save as..." a
 * new chart under a name, optionally adding it to a dashboard the user may edit or to a new
 * one they name. Saving stores the form data and the plugin's query context.
 */
export function SaveChartModal({
  title,
  slice,
  canOverwrite,
  formData,
  plugin,
  userId,
  dashboardRights,
  onSaved,
  onClose,
}: {
  /** The chart's current title, the name offered. */
  title: string;
  slice: ExploreSlice | null;
  canOverwrite: boolean;
  formData: ChartFormData;
  plugin: AnyChartPlugin;
  /** The user saving, who owns a new chart. */
  userId: number | undefined;
  /** Which dashboards the chart may be added to, and whether a new one may be created. */
  dashboardRights: DashboardSaveRights;
  /** Called after saving, with the dashboard the chart was added to, if any. */
  onSaved: (saved: ExploreSlice, action: SaveAction, dashboard: DashboardChoice | null) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<SaveChartValues>();
  const mayOverwrite = slice !== null && canOverwrite;
  const [dashboardTarget, setDashboardTarget] = useState<DashboardTarget | null>(null);

  const handleSave = async ({ action, slice_name: name }: SaveChartValues) => {
    const body = chartSaveBody(name, formData, plugin);
    const params = storedFormData(formData);
    const dashboard = dashboardTarget ? await resolveDashboardTarget(dashboardTarget) : null;
    // A retry after a failed chart save must not create the new dashboard twice.
    if (dashboard) setDashboardTarget(dashboard);
    if (action === 'overwrite' && slice) {
      const dashboards = dashboard
        ? dashboardsWith(await fetchChartDashboardIds(slice.slice_id), dashboard.id)
        : undefined;
      await updateChart(slice.slice_id, dashboards ? { ...body, dashboards } : body);
      onSaved({ ...slice, slice_name: body.slice_name, form_data: params }, action, dashboard);
      return;
    }
    const id = await createChart(dashboard ? { ...body, dashboards: [dashboard.id] } : body);
    onSaved(
      {
        slice_id: id,
        slice_name: body.slice_name,
        description: null,
        cache_timeout: null,
        certified_by: null,
        certification_details: null,
        owners: userId === undefined ? [] : [userId],
        form_data: params,
      },
      'saveas',
      dashboard,
    );
  };

  return (
    <FormModal<SaveChartValues>
      form={form}
      title="Save chart"
      okText="Save"
      fieldNames={['slice_name']}
      initialValues={{ action: mayOverwrite ? 'overwrite' : 'saveas', slice_name: title }}
      onSave={handleSave}
      onClose={onClose}
    >
      <Form.Item name="action">
        <Radio.Group aria-label="Save mode">
          <Radio value="overwrite" disabled={!mayOverwrite}>
            Save (Overwrite)
          </Radio>
          <Radio value="saveas">Save as...</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="slice_name"
        label="Chart name"
        rules={[{ required: true, whitespace: true, message: 'Name the chart' }]}
      >
        <Input autoFocus maxLength={250} />
      </Form.Item>
      <Form.Item label="Add to dashboard">
        <AddToDashboardSelect
          value={dashboardTarget}
          userId={userId}
          rights={dashboardRights}
          onChange={setDashboardTarget}
        />
      </Form.Item>
      {slice && !canOverwrite && (
        <Typography.Paragraph type="secondary">
          Only the owners of &quot;{slice.slice_name}&quot; may overwrite it: save a copy instead.
        </Typography.Paragraph>
      )}
    </FormModal>
  );
}
