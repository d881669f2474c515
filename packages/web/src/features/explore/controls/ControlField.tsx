import { ExclamationCircleFilled, InfoCircleOutlined } from '@ant-design/icons';
import { Flex, Tooltip, Typography } from 'antd';
import type { ChartFormData, ControlConfig } from '../../../visualizations';
import type { ExploreDataset } from '../explore-dataset';
import styles from './ControlPanelView.module.css';
import { ControlWidget, hasInlineLabel } from './ControlWidget';

/**
 * One control of the panel: its label (with the description as a tooltip), its widget, and
 * a red marker with the message when the form data leaves it incomplete.
 */
export function ControlField({
  control,
  formData,
  dataset,
  errors,
  onChange,
}: {
  control: ControlConfig;
  formData: ChartFormData;
  dataset: ExploreDataset;
  /** The messages of this control's validation errors. */
  errors: readonly string[];
  onChange: (name: string, value: unknown) => void;
}) {
  const hasError = errors.length > 0;
  const info = control.description && (
    <Tooltip title={control.description}>
      <InfoCircleOutlined className={styles.info} aria-label={`About ${control.label}`} />
    </Tooltip>
  );
  const marker = hasError && (
    <Tooltip title={errors.join(' ')}>
      <ExclamationCircleFilled
        className={styles.errorMarker}
        aria-label={`${control.label} has an error`}
      />
    </Tooltip>
  );
  const widget = (
    <ControlWidget
      control={control}
      value={formData[control.name]}
      onChange={(value) => onChange(control.name, value)}
      dataset={dataset}
      formData={formData}
    />
  );

  return (
    <div
      className={`${styles.field} ${hasError ? styles.fieldWithError : ''}`}
      data-control={control.name}
    >
      {hasInlineLabel(control) ? (
        <Flex align="center" gap={4}>
          {widget}
          {info}
          {marker}
        </Flex>
      ) : (
        <>
          <Flex align="center" gap={4} className={styles.label}>
            <Typography.Text strong>{control.label}</Typography.Text>
            {control.required && (
              <span className={styles.required} aria-hidden>
                *
              </span>
            )}
            {info}
            {marker}
          </Flex>
          {widget}
        </>
      )}
      {hasError && (
        <Typography.Text type="danger" className={styles.errorText}>
          {errors.join(' ')}
        </Typography.Text>
      )}
    </div>
  );
}
