import { CaretRightOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { ControlValidationError } from '../../visualizations';
import styles from './ExplorePage.module.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
/** The run shortcut as this platform writes it. */
export const RUN_SHORTCUT = isMac ? '⌘ Enter' : 'Ctrl Enter';

/**
 * "Create chart" before the first run, "Update chart" after; highlighted while the controls
 * ask for a query the chart does not show yet. Disabled, naming what is missing, while the
 * controls are incomplete.
 */
export function RunButton({
  hasRun,
  isStale,
  isRunning,
  errors,
  canRun,
  onRun,
}: {
  hasRun: boolean;
  isStale: boolean;
  isRunning: boolean;
  errors: readonly ControlValidationError[];
  canRun: boolean;
  onRun: () => void;
}) {
  const label = hasRun ? 'Update chart' : 'Create chart';
  const tooltip =
    errors.length > 0 ? (
      <>
        Add required control values to run the chart:
        <ul className={styles.tooltipList}>
          {errors.map((error) => (
            <li key={error.control}>{error.message}</li>
          ))}
        </ul>
      </>
    ) : (
      `Run the query (${RUN_SHORTCUT})`
    );
  return (
    <Tooltip title={tooltip} placement="top">
      {/* A wrapper, so the tooltip also shows on the disabled button. */}
      <span className={styles.runButtonWrap}>
        <Button
          block
          type={isStale ? 'primary' : 'default'}
          icon={<CaretRightOutlined aria-hidden />}
          loading={isRunning}
          disabled={!canRun}
          onClick={onRun}
          aria-keyshortcuts="Control+Enter Meta+Enter"
        >
          {label}
        </Button>
      </span>
    </Tooltip>
  );
}
