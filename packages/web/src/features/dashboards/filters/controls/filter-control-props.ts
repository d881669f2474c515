import type { DataMask, ExtraFilter, NativeFilter } from '@superset-ts/shared';

/** What every control of the filter bar receives. */
export interface FilterControlProps {
  filter: NativeFilter;
  /** The filter's pending mask (what the control shows). */
  mask: DataMask | undefined;
  /** Called with the filter's new pending mask. */
  onChange: (mask: DataMask) => void;
  /** The pending filters of the filter's parents, which narrow a dependent filter's choices. */
  parentFilters: readonly ExtraFilter[];
  /** The id of the element the filter's visible label points at. */
  inputId: string;
  /** The control's accessible name (the filter's name in the bar). */
  label: string;
}
