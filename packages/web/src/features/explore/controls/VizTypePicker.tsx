import { AppstoreOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { chartRegistry } from '../../../visualizations';
import styles from './VizTypeGallery.module.css';
import { VizTypeGallery } from './VizTypeGallery';
import { VizTypeThumbnail } from './VizTypeThumbnail';

/**
 * The chart's type in Explore: its thumbnail and name, and "View all charts", which opens
 * the gallery to switch type.
 */
export function VizTypePicker({
  vizType,
  onChange,
}: {
  vizType: string;
  onChange: (vizType: string) => void;
}) {
  const [isOpen, setIsOpen] = useState(false);
  const plugin = chartRegistry.findChartPlugin(vizType);
  return (
    <div className={styles.picker}>
      <VizTypeThumbnail plugin={plugin} size="small" />
      <Typography.Text strong ellipsis className={styles.pickerName}>
        {plugin?.name ?? (vizType || 'No chart type')}
      </Typography.Text>
      <Button size="small" icon={<AppstoreOutlined />} onClick={() => setIsOpen(true)}>
        View all charts
      </Button>
      {isOpen && (
        <VizTypeGallery
          isOpen={isOpen}
          vizType={vizType}
          onSelect={onChange}
          onClose={() => setIsOpen(false)}
        />
      )}
    </div>
  );
}
