import { FilterOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import type { FilterBarProps } from '../dashboard-contracts';
import { FilterBar } from '../filters/FilterBar';
import styles from '../DashboardView.module.css';

/** The filter bar on the left of the dashboard, which the user may fold away. */
export function DashboardFilterPanel(props: FilterBarProps) {
  const [isOpen, setIsOpen] = useState(true);
  if (!isOpen) {
    return (
      <div className={styles.collapsedBar}>
        <Tooltip title="Expand the filter bar" placement="right">
          <Button
            type="text"
            icon={<FilterOutlined aria-hidden />}
            aria-label="Expand the filter bar"
            onClick={() => setIsOpen(true)}
          />
        </Tooltip>
      </div>
    );
  }
  return (
    <div className={styles.barColumn}>
      <FilterBar {...props} />
      <Button
        type="text"
        size="small"
        className={styles.collapseButton}
        icon={<VerticalRightOutlined aria-hidden />}
        aria-label="Collapse the filter bar"
        onClick={() => setIsOpen(false)}
      />
    </div>
  );
}
