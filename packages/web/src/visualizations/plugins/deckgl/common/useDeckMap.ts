import { MapboxOverlay } from '@deck.gl/mapbox';
import { Map as MapLibreMap, NavigationControl, setWorkerUrl } from 'maplibre-gl';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useState, type RefObject } from 'react';
import { loadMapStyle, type MapStyleSetup } from '../../../geo/map-style/load-map-style';
import { findMapboxApiKey } from '../../../geo/map-style/mapbox-api-key';
import { resolveMapStyle } from '../../../geo/map-style/map-style-options';
import { createDeckLayer } from './create-layer';
import type { LayerSpec } from './layer-spec';
import { tooltipText } from './tooltip';
import type { DeckChartProps } from './types';

// MapLibre finds its worker next to its own module, which bundling moves; serve it as an asset.
setWorkerUrl(maplibreWorkerUrl);

/** Shown over a chart whose Mapbox base map could not be loaded. */
const MAPBOX_FALLBACK_NOTICE = 'Mapbox unreachable: offline base map shown';

/** How far the map is: loading, drawn (perhaps with a problem of the base map), or failed. */
export type DeckMapStatus =
  | { kind: 'loading' }
  | { kind: 'ready'; baseMapProblem?: string }
  | { kind: 'error'; message: string };

interface MapHandles {
  map: MapLibreMap;
  overlay: MapboxOverlay;
}

const TOOLTIP_STYLE = {
  fontSize: '12px',
  lineHeight: '18px',
  whiteSpace: 'pre',
  padding: '4px 8px',
  borderRadius: '4px',
};

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function webglMessage(error: unknown): string {
  return `This map needs WebGL, which this browser could not start (${errorMessage(error)}).`;
}

function createMap(
  container: HTMLElement,
  setup: MapStyleSetup,
  onDeckError: (error: Error) => void,
): MapHandles {
  const map = new MapLibreMap({
    container,
    style: setup.style,
    transformRequest: setup.transformRequest ?? null,
    attributionControl: { compact: true },
    // The chart keeps its state in form data; the page's URL hash is Explore's.
    hash: false,
    fadeDuration: 0,
  });
  map.addControl(new NavigationControl({ visualizePitch: true }), 'top-right');
  const overlay = new MapboxOverlay({ interleaved: false, layers: [], onError: onDeckError });
  map.addControl(overlay);
  return { map, overlay };
}

/**
 * A MapLibre map with the chart's base map in the container, and deck.gl drawing the chart's
 * layer over it; the camera follows the saved viewport or fits the data (auto zoom). The map
 * is made again only when the base map changes.
 */
export function useDeckMap(
  containerRef: RefObject<HTMLDivElement | null>,
  props: DeckChartProps,
  size: { width: number; height: number },
): DeckMapStatus {
  const [handles, setHandles] = useState<MapHandles | null>(null);
  const [status, setStatus] = useState<DeckMapStatus>({ kind: 'loading' });
  const { mapStyle, layer, autozoom, bounds, viewport } = props;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    let isCancelled = false;
    let created: MapHandles | undefined;
    setStatus({ kind: 'loading' });
    setHandles(null);
    const fail = (message: string) => {
      if (!isCancelled) setStatus({ kind: 'error', message });
    };
    const resolved = resolveMapStyle(mapStyle, findMapboxApiKey());
    loadMapStyle(resolved)
      .then((setup) => {
        if (isCancelled) return;
        try {
          created = createMap(container, setup, (error) =>
            fail(`The data layer could not be drawn: ${errorMessage(error)}`),
          );
        } catch (error) {
          fail(webglMessage(error));
          return;
        }
        const { map } = created;
        let hasLoaded = false;
        let baseMapProblem: string | undefined;
        map.once('load', () => {
          hasLoaded = true;
          if (isCancelled) return;
          setStatus((current) =>
            current.kind === 'error' ? current : { kind: 'ready', baseMapProblem },
          );
        });
        if (resolved.kind === 'mapbox') {
          // A Mapbox style that cannot be fetched (no network, a wrong key) would leave the
          // data without a map to draw on: the same map switches to the offline outline.
          // A tile or source failing later names its source, and is no reason to.
          map.on('error', (event) => {
            if (isCancelled || hasLoaded || 'sourceId' in event || baseMapProblem) return;
            baseMapProblem = MAPBOX_FALLBACK_NOTICE;
            loadMapStyle(resolveMapStyle(mapStyle, undefined))
              .then((offline) => {
                if (!isCancelled) map.setStyle(offline.style, { diff: false });
              })
              .catch((error: unknown) =>
                fail(`The base map could not be prepared: ${errorMessage(error)}`),
              );
          });
        }
        setHandles(created);
      })
      .catch((error: unknown) =>
        fail(`The base map could not be prepared: ${errorMessage(error)}`),
      );
    return () => {
      isCancelled = true;
      created?.map.remove();
    };
  }, [containerRef, mapStyle]);

  useEffect(() => {
    handles?.overlay.setProps({
      layers: [createDeckLayer(layer)],
      getTooltip: (info) => tooltipFor(layer, info),
    });
  }, [handles, layer]);

  const { width, height } = size;
  useEffect(() => {
    if (!handles) return;
    const { map } = handles;
    map.resize();
    const { bearing, pitch } = viewport;
    if (autozoom && bounds) {
      const padding = Math.floor(Math.min(40, width / 5, height / 5));
      map.fitBounds(bounds, { padding, maxZoom: 16, bearing, pitch, animate: false });
    } else {
      map.jumpTo({
        center: [viewport.longitude, viewport.latitude],
        zoom: viewport.zoom,
        bearing,
        pitch,
      });
    }
  }, [handles, autozoom, bounds, viewport, width, height]);

  return status;
}

function tooltipFor(layer: LayerSpec, info: { object?: unknown; coordinate?: number[] | null }) {
  const text = tooltipText(layer, info);
  return text ? { text, style: TOOLTIP_STYLE } : null;
}
