import { Alert, Modal, Spin, Table } from 'antd';

/** What estimating the cost gave: still running, the database's figures, or why it failed. */
export type CostEstimate =
  | { status: 'loading' }
  | { status: 'done'; rows: Record<string, unknown>[] }
  | { status: 'failed'; message: string };

/** Shows the database's cost estimate, one row per statement, with the columns it reported. */
export function CostEstimateModal({
  estimate,
  onClose,
}: {
  estimate: CostEstimate;
  onClose: () => void;
}) {
  const columns =
    estimate.status === 'done'
      ? [...new Set(estimate.rows.flatMap((row) => Object.keys(row)))].map((key) => ({
          title: key,
          dataIndex: key,
          key,
          render: (value: unknown) =>
            typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value),
        }))
      : [];
  return (
    <Modal open title="Query cost estimate" footer={null} onCancel={onClose} width={640}>
      {estimate.status === 'loading' && <Spin />}
      {estimate.status === 'failed' && (
        <Alert
          type="error"
          showIcon
          message="The cost could not be estimated"
          description={estimate.message}
        />
      )}
      {estimate.status === 'done' && (
        <Table
          size="small"
          pagination={false}
          dataSource={estimate.rows.map((row, index) => ({ ...row, key: index }))}
          columns={columns}
        />
      )}
    </Modal>
  );
}
