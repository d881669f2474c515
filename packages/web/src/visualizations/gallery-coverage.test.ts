import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listChartPlugins } from './chart-registry';
import { validateChartFormData } from './core/chart-state';
import { controlDefaults } from './core/control-panel';
import type { ChartFormData } from './core/form-data';

/**
 * The browser test of every viz type (packages/e2e/src/viz-gallery.spec.ts) draws one chart
 * per entry of its form data table. The table is e2e data, read here as a file rather than
 * imported (web code never depends on the e2e package): this test fails when a type is
 * registered without a gallery chart, or a gallery chart no longer passes its plugin's checks.
 */
const GALLERY_TABLE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../e2e/src/viz-gallery/form-data.json',
);

interface GalleryEntry {
  vizType: string;
  name: string;
  formData: ChartFormData;
}

function readGalleryEntries(): GalleryEntry[] {
  const parsed = JSON.parse(readFileSync(GALLERY_TABLE, 'utf8')) as { charts: GalleryEntry[] };
  return parsed.charts;
}

/** What Explore opens a saved chart with: its form data over its controls' defaults. */
function asOpenedInExplore(entry: GalleryEntry): ChartFormData {
  const plugin = listChartPlugins().find((candidate) => candidate.vizType === entry.vizType);
  const defaults = plugin ? controlDefaults(plugin.controlPanel) : {};
  return { ...defaults, ...entry.formData, datasource: '1__table' };
}

describe('the viz gallery e2e table', () => {
  const entries = readGalleryEntries();

  it('has one chart for every registered viz type, and none for an unknown type', () => {
    const registered = listChartPlugins()
      .map((plugin) => plugin.vizType)
      .sort();
    const covered = entries.map((entry) => entry.vizType).sort();
    expect(covered).toEqual(registered);
  });

  it('names each type as the gallery does', () => {
    const galleryNames = Object.fromEntries(
      listChartPlugins().map((plugin) => [plugin.vizType, plugin.name]),
    );
    for (const entry of entries)
      expect(entry.name, entry.vizType).toBe(galleryNames[entry.vizType]);
  });

  it.each(entries.map((entry) => [entry.vizType, entry] as const))(
    'gives %s form data its plugin accepts and can query',
    (_vizType, entry) => {
      const plugin = listChartPlugins().find((candidate) => candidate.vizType === entry.vizType);
      if (!plugin) throw new Error(`${entry.vizType} is not registered`);
      const formData = asOpenedInExplore(entry);
      expect(formData.viz_type).toBe(entry.vizType);
      expect(validateChartFormData(plugin, formData)).toEqual([]);
      const request = plugin.buildQuery(formData);
      expect(request.queries.length).toBeGreaterThan(0);
    },
  );
});
