import type { ControlConfig, ControlValidationError } from '../../../core/control-panel';
import type { ChartFormData } from '../../../core/form-data';
import {
  missingSpatialFields,
  readSpatial,
  spatialControlNames,
  type SpatialConfig,
  type SpatialKey,
  type SpatialType,
} from './spatial';

const FIELD_LABELS: Readonly<Record<keyof SpatialConfig, string>> = {
  type: 'Coordinates',
  lonCol: 'Longitude',
  latCol: 'Latitude',
  lonlatCol: 'Longitude & latitude column',
  geohashCol: 'Geohash column',
  reverseCheckbox: 'Reverse lat & long',
};

/**
 * The controls of a location (Superset's SpatialControl laid out as plain controls): how the
 * location is stored, then the columns that type needs. `title` prefixes labels, e.g. "Start".
 */
export function spatialControlRows(key: SpatialKey, title?: string): ControlConfig[][] {
  const names = spatialControlNames(key);
  const label = (field: keyof SpatialConfig) =>
    title ? `${title} ${FIELD_LABELS[field].toLowerCase()}` : FIELD_LABELS[field];
  const isType = (type: SpatialType) => (formData: ChartFormData) =>
    readSpatial(formData, key).type === type;
  return [
    [
      {
        name: names.type,
        kind: 'select',
        label: label('type'),
        default: 'latlong',
        clearable: false,
        options: [
          { value: 'latlong', label: 'Longitude and latitude columns' },
          { value: 'delimited', label: 'One delimited column' },
          { value: 'geohash', label: 'Geohash' },
        ],
        description:
          'How the location is stored: two numeric columns, "lon,lat" text, or a geohash.',
      },
    ],
    [
      {
        name: names.lonCol,
        kind: 'column',
        label: label('lonCol'),
        visibleWhen: isType('latlong'),
      },
      {
        name: names.latCol,
        kind: 'column',
        label: label('latCol'),
        visibleWhen: isType('latlong'),
      },
    ],
    [
      {
        name: names.lonlatCol,
        kind: 'column',
        label: label('lonlatCol'),
        description: 'A column of "longitude,latitude" text.',
        visibleWhen: isType('delimited'),
      },
    ],
    [
      {
        name: names.geohashCol,
        kind: 'column',
        label: label('geohashCol'),
        visibleWhen: isType('geohash'),
      },
    ],
    [
      {
        name: names.reverseCheckbox,
        kind: 'checkbox',
        label: label('reverseCheckbox'),
        default: false,
        description: 'The column holds "latitude,longitude" instead.',
        visibleWhen: (formData) => !isType('latlong')(formData),
      },
    ],
  ];
}

/**
 * The columns a location still needs, named like their controls ("Longitude cannot be
 * empty."). A location saved by Superset as one object counts as set.
 */
export function validateSpatial(
  formData: ChartFormData,
  key: SpatialKey,
  title?: string,
): ControlValidationError[] {
  const names = spatialControlNames(key);
  return missingSpatialFields(readSpatial(formData, key)).map((field) => {
    const label = title ? `${title} ${FIELD_LABELS[field].toLowerCase()}` : FIELD_LABELS[field];
    return { control: names[field], message: `${label} cannot be empty.` };
  });
}
