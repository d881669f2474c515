import { readFileSync } from 'node:fs';

/** The table create-table.sql makes, which every gallery chart reads. */
export const GALLERY_TABLE = 'viz_gallery_e2e';

/** Where a chart proves it drew, when the entry names nothing else. */
const DEFAULT_DRAWN = 'canvas, svg';

/** One chart of the gallery: a registered viz type and the form data it is saved with. */
export interface GalleryChart {
  vizType: string;
  /** The type's name in Explore's gallery. */
  name: string;
  /** A CSS selector inside the chart's box that exists once the chart drew. */
  drawn: string;
  formData: Readonly<Record<string, unknown>>;
}

/** Thrown when form-data.json is not the list of charts this spec expects. */
export class GalleryTableError extends Error {
  constructor(detail: string) {
    super(`viz-gallery/form-data.json: ${detail}`);
    this.name = 'GalleryTableError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readEntry(value: unknown, index: number): GalleryChart {
  if (!isRecord(value)) throw new GalleryTableError(`charts[${index}] is not an object`);
  const { vizType, name, drawn, formData } = value;
  if (typeof vizType !== 'string' || typeof name !== 'string' || !isRecord(formData)) {
    throw new GalleryTableError(`charts[${index}] needs vizType, name and formData`);
  }
  if (formData.viz_type !== vizType) {
    throw new GalleryTableError(`charts[${index}]: formData.viz_type is not "${vizType}"`);
  }
  return { vizType, name, drawn: typeof drawn === 'string' ? drawn : DEFAULT_DRAWN, formData };
}

/**
 * The gallery's charts, read from form-data.json: the one list both this spec and the web
 * package's gallery-coverage test read, so a new viz type without a chart here fails there.
 */
export function readGalleryCharts(): GalleryChart[] {
  const parsed: unknown = JSON.parse(
    readFileSync(new URL('./form-data.json', import.meta.url), 'utf8'),
  );
  if (!isRecord(parsed) || !Array.isArray(parsed.charts)) {
    throw new GalleryTableError('expected { "charts": [...] }');
  }
  return parsed.charts.map(readEntry);
}

/** The SQL that creates the gallery's table (deterministic: the same rows every run). */
export function readCreateTableSql(): string {
  return readFileSync(new URL('./create-table.sql', import.meta.url), 'utf8');
}
