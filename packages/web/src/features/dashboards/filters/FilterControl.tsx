import type { NativeFilterType } from '@superset-ts/shared';
import { Typography } from 'antd';
import type { ComponentType } from 'react';
import type { FilterControlProps } from './controls/filter-control-props';
import { RangeFilterControl } from './controls/RangeFilterControl';
import { SelectFilterControl } from './controls/SelectFilterControl';
import { TimeColumnFilterControl } from './controls/TimeColumnFilterControl';
import { TimeFilterControl } from './controls/TimeFilterControl';
import { TimeGrainFilterControl } from './controls/TimeGrainFilterControl';
import { isFilterRequired } from './filter-data-mask';
import styles from './FilterBar.module.css';

const CONTROLS: Record<NativeFilterType, ComponentType<FilterControlProps>> = {
  filter_select: SelectFilterControl,
  filter_range: RangeFilterControl,
  filter_time: TimeFilterControl,
  filter_timegrain: TimeGrainFilterControl,
  filter_timecolumn: TimeColumnFilterControl,
};

/**
 * One filter of the bar: its name (with a marker when a value is required), its description
 * and the control of its type.
 */
export function FilterControl(
  props: Omit<FilterControlProps, 'inputId' | 'label'> & { isMissingValue: boolean },
) {
  const { filter, isMissingValue, ...controlProps } = props;
  const Control = CONTROLS[filter.filterType];
  const inputId = `native-filter-${filter.id}`;
  const isRequired = isFilterRequired(filter);
  return (
    <div className={styles.filter} data-filter-id={filter.id}>
      <label className={styles.filterName} htmlFor={inputId}>
        {filter.name}
        {isRequired ? (
          <span className={styles.required} title="A value is required">
            {' *'}
          </span>
        ) : null}
      </label>
      {filter.description ? (
        <Typography.Text type="secondary" className={styles.description}>
          {filter.description}
        </Typography.Text>
      ) : null}
      <Control filter={filter} inputId={inputId} label={filter.name} {...controlProps} />
      {isRequired && isMissingValue ? (
        <Typography.Text type="danger">Choose a value: this filter is required.</Typography.Text>
      ) : null}
    </div>
  );
}
