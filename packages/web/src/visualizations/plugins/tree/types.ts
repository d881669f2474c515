import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../../core/form-data';

/** A side of a node its label sits on. */
export type LabelPosition = 'left' | 'top' | 'right' | 'bottom';

/** The form data of the Tree Chart (`tree_chart`); control names as Superset saves them. */
export interface TreeFormData extends ChartFormData {
  /** The column identifying each node. */
  id?: QueryColumn | null;
  /** The column holding the id of the node's parent. */
  parent?: QueryColumn | null;
  /** The column naming nodes (the id when not set). */
  name?: QueryColumn | null;
  /** The id of the node drawn as the root; found from the data when not set. */
  root_node_id?: string | number | null;
  metric?: QueryMetric | null;
  layout?: 'orthogonal' | 'radial';
  orient?: 'LR' | 'RL' | 'TB' | 'BT';
  node_label_position?: LabelPosition;
  child_label_position?: LabelPosition;
  emphasis?: 'ancestor' | 'descendant';
  symbol?: string;
  symbolSize?: number | string;
  roam?: boolean | string;
}
