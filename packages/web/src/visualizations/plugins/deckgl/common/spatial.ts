import type { QueryColumn } from '@superset-ts/shared';
import type { ChartFormData } from '../../../core/form-data';
import { getColumnLabel } from '../../../core/query/labels';
import { cellText, toNumberOrNull } from '../../../core/query/results';
import { readColumn } from './columns';
import { decodeGeohash } from './geohash';
import type { LngLat } from './types';

/** How a row's location is stored (Superset's spatial control types). */
export type SpatialType = 'latlong' | 'delimited' | 'geohash';

/** The form data keys of a location: one for points, a start and an end for arcs. */
export type SpatialKey = 'spatial' | 'start_spatial' | 'end_spatial';

/** Where a row's location is read from (the value of Superset's spatial control). */
export interface SpatialConfig {
  type: SpatialType;
  lonCol?: QueryColumn;
  latCol?: QueryColumn;
  /** A column holding `"lon,lat"` text (`"lat,lon"` when reversed). */
  lonlatCol?: QueryColumn;
  geohashCol?: QueryColumn;
  /** Swap the two numbers read (Superset's "Reverse lat/long"). */
  reverseCheckbox?: boolean;
}

/** The flat controls that edit one spatial key, by the field they set. */
export function spatialControlNames(key: SpatialKey) {
  return {
    type: `${key}_type`,
    lonCol: `${key}_lon`,
    latCol: `${key}_lat`,
    lonlatCol: `${key}_lonlat`,
    geohashCol: `${key}_geohash`,
    reverseCheckbox: `${key}_reverse`,
  } as const;
}

const SPATIAL_TYPES: readonly SpatialType[] = ['latlong', 'delimited', 'geohash'];

function spatialType(value: unknown): SpatialType | undefined {
  return SPATIAL_TYPES.find((type) => type === value);
}

/**
 * A location's configuration: the flat controls when set, else the fields of the object
 * Superset saves under the key (so charts made in Superset keep working).
 */
export function readSpatial(formData: ChartFormData, key: SpatialKey): SpatialConfig {
  const saved =
    formData[key] && typeof formData[key] === 'object'
      ? (formData[key] as Record<string, unknown>)
      : {};
  const names = spatialControlNames(key);
  const column = (field: 'lonCol' | 'latCol' | 'lonlatCol' | 'geohashCol') =>
    readColumn(formData[names[field]]) ?? readColumn(saved[field]);
  const reverse = formData[names.reverseCheckbox] ?? saved.reverseCheckbox;
  const config: SpatialConfig = {
    type: spatialType(formData[names.type]) ?? spatialType(saved.type) ?? 'latlong',
    reverseCheckbox: reverse === true,
  };
  const lonCol = column('lonCol');
  const latCol = column('latCol');
  const lonlatCol = column('lonlatCol');
  const geohashCol = column('geohashCol');
  if (lonCol) config.lonCol = lonCol;
  if (latCol) config.latCol = latCol;
  if (lonlatCol) config.lonlatCol = lonlatCol;
  if (geohashCol) config.geohashCol = geohashCol;
  return config;
}

/** The columns a location is read from, for its type (missing ones left out). */
export function spatialColumns(config: SpatialConfig): QueryColumn[] {
  const columns =
    config.type === 'latlong'
      ? [config.lonCol, config.latCol]
      : config.type === 'delimited'
        ? [config.lonlatCol]
        : [config.geohashCol];
  return columns.filter((column): column is QueryColumn => column !== undefined);
}

/** The fields of the configuration its type needs but that are not set. */
export function missingSpatialFields(config: SpatialConfig): (keyof SpatialConfig)[] {
  switch (config.type) {
    case 'latlong':
      return (['lonCol', 'latCol'] as const).filter((field) => !config[field]);
    case 'delimited':
      return config.lonlatCol ? [] : ['lonlatCol'];
    case 'geohash':
      return config.geohashCol ? [] : ['geohashCol'];
  }
}

const isOnEarth = ([lng, lat]: LngLat) => Math.abs(lng) <= 180 && Math.abs(lat) <= 90;

function parseDelimited(text: string): LngLat | null {
  const parts = text.split(',').map((part) => toNumberOrNull(part.trim()));
  const [first, second] = parts;
  if (parts.length !== 2 || first == null || second == null) return null;
  return [first, second];
}

/**
 * A row's position as `[lng, lat]`, or null when it has none that can be read (empty cells,
 * text that is not a number, coordinates off the globe).
 */
export function decodeSpatialPosition(
  row: Readonly<Record<string, unknown>>,
  config: SpatialConfig,
): LngLat | null {
  const cell = (column: QueryColumn | undefined) =>
    column === undefined ? undefined : row[getColumnLabel(column)];
  let position: LngLat | null = null;
  switch (config.type) {
    case 'latlong': {
      const lng = toNumberOrNull(cell(config.lonCol));
      const lat = toNumberOrNull(cell(config.latCol));
      position = lng === null || lat === null ? null : [lng, lat];
      break;
    }
    case 'delimited': {
      const value = cell(config.lonlatCol);
      position = value == null ? null : parseDelimited(cellText(value));
      break;
    }
    case 'geohash': {
      const value = cell(config.geohashCol);
      position = value == null ? null : decodeGeohash(cellText(value));
      break;
    }
  }
  if (position && config.reverseCheckbox) position = [position[1], position[0]];
  return position && isOnEarth(position) ? position : null;
}
