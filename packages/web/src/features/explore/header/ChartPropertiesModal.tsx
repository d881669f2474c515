import type { Chart } from '@superset-ts/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Form, Input, InputNumber, Modal, Spin } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { OwnersSelect } from '../../../components/OwnersSelect';
import { chartOwnerSource } from '../../charts/chart-choice-sources';
import { fetchChart, updateChart } from '../../../api/charts';
import type { ExploreSlice } from '../useExploreWorkspace';

interface PropertiesValues {
  slice_name: string;
  description: string;
  cache_timeout: number | null;
  certified_by: string;
  certification_details: string;
  owners: number[];
}

const FIELD_NAMES = [
  'slice_name',
  'description',
  'cache_timeout',
  'certified_by',
  'certification_details',
  'owners',
];

function valuesOf(chart: Chart): PropertiesValues {
  return {
    slice_name: chart.slice_name,
    description: chart.description ?? '',
    cache_timeout: chart.cache_timeout,
    certified_by: chart.certified_by ?? '',
    certification_details: chart.certification_details ?? '',
    owners: chart.owners.map((owner) => owner.id),
  };
}

const textOrNull = (text: string) => (text.trim() === '' ? null : text.trim());

function PropertiesForm({
  chart,
  slice,
  onSaved,
  onClose,
}: {
  chart: Chart;
  slice: ExploreSlice;
  onSaved: (saved: ExploreSlice) => void;
  onClose: () => void;
}) {
  const [form] = Form.useForm<PropertiesValues>();
  const handleSave = async (values: PropertiesValues) => {
    const body = {
      slice_name: values.slice_name.trim(),
      description: textOrNull(values.description),
      cache_timeout: values.cache_timeout ?? null,
      certified_by: textOrNull(values.certified_by),
      certification_details: textOrNull(values.certification_details),
      owners: values.owners,
    };
    await updateChart(chart.id, body);
    onSaved({ ...slice, ...body });
  };
  return (
    <FormModal<PropertiesValues>
      form={form}
      title="Edit chart properties"
      okText="Save"
      width={600}
      fieldNames={FIELD_NAMES}
      initialValues={valuesOf(chart)}
      onSave={handleSave}
      onClose={onClose}
    >
      <Form.Item
        name="slice_name"
        label="Name"
        rules={[{ required: true, whitespace: true, message: 'Name the chart' }]}
      >
        <Input maxLength={250} />
      </Form.Item>
      <Form.Item
        name="description"
        label="Description"
        extra="Shown with the chart, for instance above it on dashboards."
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item
        name="certified_by"
        label="Certified by"
        extra="Who vouches for this chart's numbers: a person or a team."
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="certification_details"
        label="Certification details"
        extra="What the certification covers; shown when hovering the certified mark."
      >
        <Input />
      </Form.Item>
      <Form.Item
        name="cache_timeout"
        label="Cache timeout"
        extra="Seconds the chart's data stays cached; empty uses the dataset's, -1 bypasses the cache."
      >
        <InputNumber min={-1} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="owners"
        label="Owners"
        extra="Owners may change the chart. Search by name or username."
      >
        <OwnersSelect {...chartOwnerSource} initialOwners={chart.owners} />
      </Form.Item>
    </FormModal>
  );
}

/**
 * "Edit chart properties": name, description, certification, cache timeout and owners of the
 * saved chart (`PUT /api/v1/chart/{id}`). The chart is read first, for its owners' names.
 */
export function ChartPropertiesModal({
  slice,
  onSaved,
  onClose,
}: {
  slice: ExploreSlice;
  onSaved: (saved: ExploreSlice) => void;
  onClose: () => void;
}) {
  const chart = useQuery({
    queryKey: ['charts', 'detail', slice.slice_id],
    queryFn: () => fetchChart(slice.slice_id),
    staleTime: 0,
    gcTime: 0,
  });
  if (chart.data) {
    return <PropertiesForm chart={chart.data} slice={slice} onSaved={onSaved} onClose={onClose} />;
  }
  return (
    <Modal open title="Edit chart properties" footer={null} onCancel={onClose}>
      {chart.isError ? (
        <Alert
          type="error"
          showIcon
          message="The chart could not be loaded"
          description={chart.error instanceof Error ? chart.error.message : undefined}
        />
      ) : (
        <div
          role="status"
          aria-label="Loading the chart"
          style={{ padding: 24, textAlign: 'center' }}
        >
          <Spin />
        </div>
      )}
    </Modal>
  );
}
