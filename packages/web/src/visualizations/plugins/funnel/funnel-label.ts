import { FunnelLabelType } from './types';

/** The parts a funnel label is made of, already formatted. */
export interface FunnelLabelParts {
  name: string;
  value: string;
  percent: string;
}

/** A funnel label of the chosen type (an unknown type shows the category name). */
export function formatFunnelLabel(
  type: unknown,
  { name, value, percent }: FunnelLabelParts,
): string {
  switch (type) {
    case FunnelLabelType.Value:
      return value;
    case FunnelLabelType.Percent:
      return percent;
    case FunnelLabelType.KeyValue:
      return `${name}: ${value}`;
    case FunnelLabelType.KeyPercent:
      return `${name}: ${percent}`;
    case FunnelLabelType.KeyValuePercent:
      return `${name}: ${value} (${percent})`;
    case FunnelLabelType.ValuePercent:
      return `${value} (${percent})`;
    default:
      return name;
  }
}

/** Which parts a label type includes (the tooltip shows them as its rows). */
export function labelTypeParts(type: unknown): {
  hasName: boolean;
  hasValue: boolean;
  hasPercent: boolean;
} {
  const withValue: unknown[] = [
    FunnelLabelType.Value,
    FunnelLabelType.KeyValue,
    FunnelLabelType.KeyValuePercent,
    FunnelLabelType.ValuePercent,
  ];
  const withPercent: unknown[] = [
    FunnelLabelType.Percent,
    FunnelLabelType.KeyPercent,
    FunnelLabelType.KeyValuePercent,
    FunnelLabelType.ValuePercent,
  ];
  const withName: unknown[] = [
    FunnelLabelType.Key,
    FunnelLabelType.KeyValue,
    FunnelLabelType.KeyPercent,
    FunnelLabelType.KeyValuePercent,
  ];
  return {
    hasName: withName.includes(type),
    hasValue: withValue.includes(type),
    hasPercent: withPercent.includes(type),
  };
}
