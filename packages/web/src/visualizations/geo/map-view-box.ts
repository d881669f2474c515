import type { Bounds } from './bounds';

const MARGIN = 10;

/**
 * Where a map sits in its chart: as large as fits with a margin, keeping its shape (ECharts
 * stretches a map given all four sides). Longitudes are narrowed by the cosine of the map's
 * middle latitude, so a country far from the equator keeps its proportions; `aspectScale`
 * overrides that (the whole world uses ECharts' 0.75).
 */
export function mapViewBox(
  bounds: Bounds,
  width: number,
  height: number,
  aspectScale?: number,
): Record<string, number | string> {
  const middleLatitude = ((bounds.minY + bounds.maxY) / 2) * (Math.PI / 180);
  const scale = aspectScale ?? Math.min(1, Math.max(0.3, Math.cos(middleLatitude)));
  const mapAspect =
    ((bounds.maxX - bounds.minX) * scale) / Math.max(bounds.maxY - bounds.minY, 1e-9);
  const boxAspect = Math.max(width - 2 * MARGIN, 1) / Math.max(height - 2 * MARGIN, 1);
  const place: Record<string, number | string> =
    mapAspect > boxAspect
      ? { left: MARGIN, right: MARGIN, top: 'middle' }
      : { top: MARGIN, bottom: MARGIN, left: 'center' };
  return { ...place, aspectScale: scale };
}
