import { BarChartOutlined } from '@ant-design/icons';
import type { SqlLabQuery } from '@superset-ts/shared';
import { Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { SaveQueryAsDatasetModal } from '../datasets/SaveQueryAsDatasetModal';
import { useCanWriteDatasets } from '../datasets/useCanWriteDatasets';
import { exploreDatasetUrl } from '../explore/explore-url';

/**
 * SQL Lab's "Create chart": saves the query behind the results as a virtual dataset under a
 * name the user gives, then opens Explore on it. Shown only to users with `can_write` on
 * Dataset, since a chart needs a dataset to stand on.
 */
export function CreateChartButton({ query }: { query: SqlLabQuery }) {
  const canWrite = useCanWriteDatasets();
  const [isOpen, setIsOpen] = useState(false);
  const navigate = useNavigate();
  if (!canWrite) return null;

  return (
    <>
      <Button size="small" icon={<BarChartOutlined aria-hidden />} onClick={() => setIsOpen(true)}>
        Create chart
      </Button>
      {isOpen && (
        <SaveQueryAsDatasetModal
          query={query}
          title="Create chart"
          okText="Save & explore"
          explanation="Charts are built on datasets: this query is saved as a virtual dataset, then opened in Explore."
          onCreated={({ id }) => navigate(exploreDatasetUrl(id))}
          onClose={() => setIsOpen(false)}
        />
      )}
    </>
  );
}
