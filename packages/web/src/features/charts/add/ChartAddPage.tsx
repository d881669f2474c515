import { PAGES } from '@superset-ts/shared';
import { Button, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useCanWriteDatasets } from '../../datasets/useCanWriteDatasets';
import styles from './ChartAddPage.module.css';
import { DatasetPicker, type PickedDataset } from './DatasetPicker';
import { newChartUrl } from './new-chart-url';
import { VizTypePicker } from './VizTypePicker';

/**
 * `/chart/add/`: Superset's "Create a new chart". The user picks a dataset and a chart type,
 * then Explore opens on that dataset with that type.
 */
export function ChartAddPage() {
  useDocumentTitle('Create a new chart');
  const navigate = useNavigate();
  const canWriteDatasets = useCanWriteDatasets();
  const [dataset, setDataset] = useState<PickedDataset | null>(null);
  const [vizType, setVizType] = useState<string | null>(null);
  const isReady = dataset !== null && vizType !== null;

  const openExplore = (datasetId: number, type: string) =>
    void navigate(newChartUrl(datasetId, type));
  const handleChoose = (type: string) => {
    setVizType(type);
    if (dataset) openExplore(dataset.id, type);
  };

  return (
    <div className={styles.page}>
      <div className={styles.panel}>
        <Typography.Title level={2} className={styles.title}>
          Create a new chart
        </Typography.Title>
        <Steps
          direction="vertical"
          size="small"
          items={[
            {
              title: 'Choose a dataset',
              status: dataset ? 'finish' : 'process',
              description: (
                <div className={`${styles.stepBody} ${styles.datasetRow}`}>
                  <DatasetPicker value={dataset} onChange={setDataset} />
                  {canWriteDatasets && (
                    <Typography.Text type="secondary">
                      Not there? <a href={PAGES.datasetsList.path}>Add a dataset</a> first.
                    </Typography.Text>
                  )}
                </div>
              ),
            },
            {
              title: 'Choose chart type',
              status: vizType ? 'finish' : 'process',
              description: (
                <div className={styles.stepBody}>
                  <VizTypePicker value={vizType} onChange={setVizType} onChoose={handleChoose} />
                </div>
              ),
            },
          ]}
        />
        <div className={styles.footer}>
          {!isReady && (
            <Typography.Text type="secondary">
              Select both a dataset and a chart type to proceed.
            </Typography.Text>
          )}
          <Button
            type="primary"
            disabled={!isReady}
            onClick={() => isReady && openExplore(dataset.id, vizType)}
          >
            Create new chart
          </Button>
        </div>
      </div>
    </div>
  );
}
