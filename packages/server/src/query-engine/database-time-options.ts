import type { TimeRangeEndpoint } from './time-filter.js';

/** How a database's time bounds compare, from its `extra` JSON. */
export interface DatabaseTimeOptions {
  timeRangeEndpoints?: readonly [TimeRangeEndpoint, TimeRangeEndpoint];
  pythonDateFormatByColumn: Readonly<Record<string, string>>;
}

const ENDPOINTS: ReadonlySet<string> = new Set(['inclusive', 'exclusive']);

/**
 * `time_range_endpoints` (SIP-15, e.g. `["inclusive", "inclusive"]`) and
 * `python_date_format_by_column_name` from a database's `extra`; malformed values are ignored.
 */
export function databaseTimeOptions(extra: Readonly<Record<string, unknown>>): DatabaseTimeOptions {
  const endpoints = extra.time_range_endpoints;
  const formats = extra.python_date_format_by_column_name;
  const pythonDateFormatByColumn: Record<string, string> = {};
  if (formats && typeof formats === 'object' && !Array.isArray(formats)) {
    for (const [column, format] of Object.entries(formats)) {
      if (typeof format === 'string' && format !== '') pythonDateFormatByColumn[column] = format;
    }
  }
  const isPair =
    Array.isArray(endpoints) &&
    endpoints.length === 2 &&
    endpoints.every((value) => typeof value === 'string' && ENDPOINTS.has(value.toLowerCase()));
  return {
    ...(isPair
      ? {
          timeRangeEndpoints: [
            String(endpoints[0]).toLowerCase() as TimeRangeEndpoint,
            String(endpoints[1]).toLowerCase() as TimeRangeEndpoint,
          ],
        }
      : {}),
    pythonDateFormatByColumn,
  };
}
