import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { boundsOf } from '../bounds';
import { placeInsets } from './place-insets';
import { polygonsOf, simplifyPolygons, type PolygonList } from './simplify-geometry';

/** The properties of a Natural Earth admin-1 feature that the country maps use. */
export interface Admin1Properties {
  /** The subdivision's ISO 3166-2 code (`FR-75`, `US-CA`). */
  iso_3166_2: string;
  /** The country's ISO 3166-1 alpha-2 code. */
  iso_a2: string;
  name?: string | null;
  name_en?: string | null;
}

/** The properties of a region of a shipped country map. */
export interface CountryRegionProperties {
  /** The ISO 3166-2 code the chart's entity column is matched against. */
  iso: string;
  name: string;
}

/** One country's map: its subdivisions as (Multi)Polygons keyed by ISO 3166-2 code. */
export type CountryMap = FeatureCollection<Polygon | MultiPolygon, CountryRegionProperties>;

type Admin1Feature = Feature<Polygon | MultiPolygon | null, Admin1Properties>;

/** Tolerance bounds in degrees: about 100 m to 5 km. */
const MIN_TOLERANCE = 0.001;
const MAX_TOLERANCE = 0.05;
/** Outlines keep detail of about 1% of a typical subdivision's size. */
const TOLERANCE_SHARE = 0.01;
const COORDINATE_DECIMALS = 3;

function boundsDiagonal(polygons: PolygonList): number {
  const bounds = boundsOf(polygons.map((polygon) => polygon[0] ?? []));
  return Number.isFinite(bounds.minX)
    ? Math.hypot(bounds.maxX - bounds.minX, bounds.maxY - bounds.minY)
    : 0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The simplification tolerance of a country: about 1% of its median subdivision's size, so
 * small countries keep their shape and big ones shed points no chart could show.
 */
export function countryTolerance(regions: readonly PolygonList[]): number {
  const share = median(regions.map(boundsDiagonal)) * TOLERANCE_SHARE;
  return Math.min(MAX_TOLERANCE, Math.max(MIN_TOLERANCE, share));
}

/**
 * Splits Natural Earth admin-1 features into one simplified map per country, keyed by the
 * country's ISO alpha-2 code, far-away parts moved into insets (`placeInsets`). Features
 * sharing an ISO 3166-2 code (a region split in parts) become one MultiPolygon; features
 * without geometry are skipped.
 */
export function buildCountryMaps(admin1: {
  features: readonly Admin1Feature[];
}): Map<string, CountryMap> {
  const byCountry = new Map<string, Map<string, { name: string; polygons: PolygonList }>>();
  for (const feature of admin1.features) {
    const { geometry, properties } = feature;
    if (!geometry || !properties?.iso_a2 || !properties.iso_3166_2) continue;
    const country = properties.iso_a2.toUpperCase();
    let regions = byCountry.get(country);
    if (!regions) {
      regions = new Map();
      byCountry.set(country, regions);
    }
    const iso = properties.iso_3166_2.toUpperCase();
    const region = regions.get(iso);
    if (region) region.polygons.push(...polygonsOf(geometry));
    else {
      const name = properties.name_en || properties.name || iso;
      regions.set(iso, { name, polygons: [...polygonsOf(geometry)] });
    }
  }

  const maps = new Map<string, CountryMap>();
  for (const [country, regions] of byCountry) {
    const tolerance = countryTolerance([...regions.values()].map((region) => region.polygons));
    const options = {
      decimals: COORDINATE_DECIMALS,
      tolerance,
      minRingArea: (tolerance * 2) ** 2,
    };
    const entries = [...regions];
    const placed = placeInsets(
      entries.map(([, region]) => simplifyPolygons(region.polygons, options)),
    );
    const features: CountryMap['features'] = [];
    entries.forEach(([iso, region], index) => {
      const polygons = placed[index] ?? [];
      if (polygons.length === 0) return;
      features.push({
        type: 'Feature',
        properties: { iso, name: region.name },
        geometry:
          polygons.length === 1
            ? { type: 'Polygon', coordinates: polygons[0] ?? [] }
            : { type: 'MultiPolygon', coordinates: polygons },
      });
    });
    maps.set(country, { type: 'FeatureCollection', features });
  }
  return maps;
}
