import { SafetyCertificateFilled, WarningFilled } from '@ant-design/icons';
import { Tooltip } from 'antd';
import type { DragEvent, ReactNode } from 'react';
import type { DatasetDragPayload } from './drag-payload';
import { writeDragPayload } from './drag-payload';
import styles from './DatasetPanel.module.css';

/** What a dataset item shows besides its payload. */
interface DatasetItemProps {
  payload: DatasetDragPayload;
  icon: ReactNode;
  /** The verbose name, else the real one. */
  label: string;
  /** The real name (and SQL of a metric), shown on hover. */
  title: string;
  certifiedBy?: string | null | undefined;
  isCertified?: boolean | undefined;
  warning?: string | null | undefined;
}

/**
 * One metric or column of the dataset panel: its type icon, name, certification and warning
 * marks; dragged onto a control, it carries itself (see drag-payload.ts).
 */
export function DatasetItem({
  payload,
  icon,
  label,
  title,
  certifiedBy,
  isCertified,
  warning,
}: DatasetItemProps) {
  const handleDragStart = (event: DragEvent) => {
    writeDragPayload(event.dataTransfer, payload);
    event.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li className={styles.item} draggable onDragStart={handleDragStart} title={title}>
      <span className={styles.itemIcon}>{icon}</span>
      <span className={styles.itemLabel}>{label}</span>
      {(isCertified || certifiedBy) && (
        <Tooltip title={certifiedBy ? `Certified by ${certifiedBy}` : 'Certified'}>
          <SafetyCertificateFilled className={styles.certified} aria-label="Certified" />
        </Tooltip>
      )}
      {warning && (
        <Tooltip title={warning}>
          <WarningFilled className={styles.warning} aria-label={`Warning: ${warning}`} />
        </Tooltip>
      )}
    </li>
  );
}
