import { DatabaseOutlined } from '@ant-design/icons';
import { PAGES, type SqlLabQuery } from '@superset-ts/shared';
import { Button, Typography, message } from 'antd';
import { useState } from 'react';
import { exploreDatasetUrl } from '../explore/explore-url';
import { SaveQueryAsDatasetModal } from './SaveQueryAsDatasetModal';
import { useCanWriteDatasets } from './useCanWriteDatasets';

/**
 * SQL Lab's "Save dataset": makes a virtual dataset of the query that produced the results
 * (its SQL, database and schema) under a name the user gives, then links to it. Shown only to
 * users with `can_write` on Dataset.
 */
export function SaveDatasetButton({ query }: { query: SqlLabQuery }) {
  const canWrite = useCanWriteDatasets();
  const [isOpen, setIsOpen] = useState(false);
  const [toast, toastHolder] = message.useMessage();
  if (!canWrite) return null;

  const handleCreated = ({ id, name }: { id: number; name: string }) => {
    void toast.success({
      duration: 10,
      content: (
        <span>
          Dataset{' '}
          <Typography.Link strong href={exploreDatasetUrl(id)}>
            {name}
          </Typography.Link>{' '}
          saved. <Typography.Link href={PAGES.datasetsList.path}>Go to Datasets</Typography.Link>
        </span>
      ),
    });
  };

  return (
    <>
      {toastHolder}
      <Button size="small" icon={<DatabaseOutlined aria-hidden />} onClick={() => setIsOpen(true)}>
        Save dataset
      </Button>
      {isOpen && (
        <SaveQueryAsDatasetModal
          query={query}
          title="Save dataset"
          okText="Save"
          explanation={
            <>
              A virtual dataset of this query on {query.db ?? 'its database'}
              {query.schema ? `, schema ${query.schema}` : ''}: charts can be built on it.
            </>
          }
          onCreated={handleCreated}
          onClose={() => setIsOpen(false)}
        />
      )}
    </>
  );
}
