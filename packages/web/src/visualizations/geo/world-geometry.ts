import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { geometriesBounds, type Bounds } from './bounds';
import { findLabelPoint } from './centroid';
import { findCountry, findCountryByNumeric } from './country-lookup';

/** The properties of a world map region. */
export interface WorldRegionProperties {
  /** The ISO alpha-3 code, the key chart data is joined on; the shape's own name when it has none. */
  code: string;
  /** The English name shown in tooltips. */
  name: string;
}

/** The world's countries ready to register with ECharts, and where each one's marker goes. */
export interface WorldGeometry {
  geoJson: FeatureCollection<Geometry, WorldRegionProperties>;
  /** ISO alpha-3 code -> [longitude, latitude] of the country's main landmass. */
  labelPoints: ReadonlyMap<string, [number, number]>;
  bounds: Bounds;
}

/** Antarctica takes a fifth of a flat world map and holds no data a chart would show. */
const LEFT_OUT = new Set(['ATA']);

/** Whether a ring jumps across the antimeridian (from about 180° to about -180°). */
const crossesAntimeridian = (ring: readonly Position[]) =>
  ring.some((point, i) => i > 0 && Math.abs((point[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);

/** A ring crossing the antimeridian continued past 180° so a flat map does not draw it across. */
function unwrapRing(ring: Position[]): Position[] {
  if (!crossesAntimeridian(ring)) return ring;
  return ring.map(([lon = 0, lat = 0]) => [lon < 0 ? lon + 360 : lon, lat]);
}

/**
 * A geometry whose rings crossing the antimeridian (eastern Russia, Fiji) are continued past
 * 180°: drawn flat, such a ring would otherwise streak across the whole map.
 */
export function unwrapAntimeridian(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  }
  if (geometry.type === 'MultiPolygon') {
    return {
      ...geometry,
      coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)),
    };
  }
  return geometry;
}

/**
 * The countries of world-atlas's TopoJSON as GeoJSON keyed by ISO alpha-3 codes (found from the
 * shapes' numeric ids, or their names for the few without one, like Kosovo).
 */
export function toWorldGeometry(topology: Topology): WorldGeometry {
  const countries = topology.objects.countries as GeometryCollection<{ name?: string }>;
  const collection = feature(topology, countries);
  const features: Feature<Geometry, WorldRegionProperties>[] = [];
  const labelPoints = new Map<string, [number, number]>();
  for (const shape of collection.features) {
    const shapeName = shape.properties?.name ?? String(shape.id ?? '');
    const country = findCountryByNumeric(shape.id) ?? findCountry('name', shapeName);
    if (country && LEFT_OUT.has(country.cca3)) continue;
    const code = country?.cca3 ?? shapeName;
    features.push({
      type: 'Feature',
      geometry: unwrapAntimeridian(shape.geometry),
      properties: { code, name: country?.name ?? shapeName },
    });
    const point = findLabelPoint(shape.geometry);
    if (point) labelPoints.set(code, point);
  }
  return {
    geoJson: { type: 'FeatureCollection', features },
    labelPoints,
    bounds: geometriesBounds(features.map((shape) => shape.geometry)),
  };
}
