/** A file answer: csv, xlsx, or a zip of several queries' files. */
export type DownloadKind = 'csv' | 'xlsx' | 'zip';

const CONTENT_TYPES: Record<DownloadKind, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  zip: 'application/zip',
};

function stamp(at: Date): string {
  const iso = at.toISOString();
  return `${iso.slice(0, 10).replace(/-/g, '')}_${iso.slice(11, 19).replace(/:/g, '')}`;
}

/** Only what is safe in a header and a file system name (Werkzeug's `secure_filename`). */
function safeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '_')
    .replace(/^[._]+|[._]+$/g, '');
}

/**
 * The download's file name without extension: `superset_<chart name or viz type>_<time>`, as
 * Superset names chart exports; a caller-given name is used when it survives sanitising.
 */
export function exportBaseName(
  candidates: { filename?: unknown; sliceName?: unknown; vizType?: unknown },
  at: Date,
): string {
  if (typeof candidates.filename === 'string') {
    const given = safeName(candidates.filename.replace(/\.(csv|xlsx|zip)$/i, ''));
    if (given) return given;
  }
  const chart = [candidates.sliceName, candidates.vizType]
    .filter((value): value is string => typeof value === 'string')
    .map(safeName)
    .find((name) => name.length > 0);
  return `superset_${(chart ?? 'export').slice(0, 150)}_${stamp(at)}`;
}

/** Content-Type and Content-Disposition of a download. */
export function downloadHeaders(kind: DownloadKind, baseName: string): Record<string, string> {
  return {
    'content-type': CONTENT_TYPES[kind],
    'content-disposition': `attachment; filename="${baseName}.${kind}"`,
  };
}
