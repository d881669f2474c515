import type { DatasetRelatedObjects } from '@superset-ts/shared';
import { useQuery } from '@tanstack/react-query';
import { Alert, Spin, Typography } from 'antd';
import { fetchDatasetRelatedObjects } from '../../api/datasets';
import { DeleteConfirmModal } from '../../components/DeleteConfirmModal';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function RelatedObjects({ related }: { related: DatasetRelatedObjects }) {
  const { charts, dashboards } = related;
  if (charts.count === 0 && dashboards.count === 0) {
    return <Typography.Paragraph>No chart or dashboard uses this dataset.</Typography.Paragraph>;
  }
  return (
    <>
      <Typography.Paragraph>
        This dataset is linked to {plural(charts.count, 'chart')} that appear on{' '}
        {plural(dashboards.count, 'dashboard')}. Deleting it breaks them.
      </Typography.Paragraph>
      {charts.count > 0 && (
        <section aria-label="Affected charts">
          <Typography.Text strong>Affected charts</Typography.Text>
          <ul>
            {charts.result.map((chart) => (
              <li key={chart.id}>{chart.slice_name}</li>
            ))}
          </ul>
        </section>
      )}
      {dashboards.count > 0 && (
        <section aria-label="Affected dashboards">
          <Typography.Text strong>Affected dashboards</Typography.Text>
          <ul>
            {dashboards.result.map((dashboard) => (
              <li key={dashboard.id}>{dashboard.title}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/**
 * Superset's delete confirmation: for one dataset it lists the charts and dashboards that use
 * it (`related_objects`); for several it names how many. Either way the user types DELETE.
 */
export function DeleteDatasetModal({
  target,
  onConfirm,
  onClose,
}: {
  /** One dataset (its id and name) or several ids. */
  target: { id: number; name: string } | { ids: readonly number[] };
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const singleId = 'id' in target ? target.id : null;
  const related = useQuery({
    queryKey: ['datasets', 'related-objects', singleId],
    queryFn: () => fetchDatasetRelatedObjects(singleId ?? -1),
    enabled: singleId !== null,
    staleTime: 0,
  });
  const title =
    'id' in target ? `Delete ${target.name}?` : `Delete ${plural(target.ids.length, 'dataset')}?`;

  return (
    <DeleteConfirmModal title={title} onConfirm={onConfirm} onClose={onClose}>
      {'id' in target ? (
        related.isLoading ? (
          <Spin size="small" />
        ) : related.isError ? (
          <Alert
            type="warning"
            showIcon
            message="Could not check which charts and dashboards use this dataset"
          />
        ) : related.data ? (
          <RelatedObjects related={related.data} />
        ) : null
      ) : (
        <Typography.Paragraph>
          The selected datasets, their columns and metrics are removed. Charts built on them stop
          working.
        </Typography.Paragraph>
      )}
    </DeleteConfirmModal>
  );
}
