import {
  FieldBinaryOutlined,
  FieldNumberOutlined,
  FieldStringOutlined,
  FieldTimeOutlined,
  FunctionOutlined,
  QuestionCircleOutlined,
} from '@ant-design/icons';
import type { ExploreColumn } from '../explore-dataset';
import { columnTypeOf, type ColumnTypeKind } from './column-type';

const TYPE_NAMES: Readonly<Record<ColumnTypeKind, string>> = {
  temporal: 'Temporal',
  string: 'String',
  numeric: 'Numeric',
  boolean: 'Boolean',
  unknown: 'Unknown type',
};

/** The icon of a column's kind (clock, text, number, boolean), named for screen readers. */
export function ColumnTypeIcon({ column }: { column: ExploreColumn }) {
  const kind = columnTypeOf(column);
  const label = TYPE_NAMES[kind];
  switch (kind) {
    case 'temporal':
      return <FieldTimeOutlined aria-label={label} />;
    case 'string':
      return <FieldStringOutlined aria-label={label} />;
    case 'numeric':
      return <FieldNumberOutlined aria-label={label} />;
    case 'boolean':
      return <FieldBinaryOutlined aria-label={label} />;
    case 'unknown':
      return <QuestionCircleOutlined aria-label={label} />;
  }
}

/** The icon of a metric (saved or adhoc): an aggregate function. */
export function MetricIcon() {
  return <FunctionOutlined aria-label="Metric" />;
}
