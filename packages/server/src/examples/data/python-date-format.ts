const DIRECTIVES: Readonly<Record<string, (date: Date) => string>> = {
  Y: (date) => String(date.getUTCFullYear()).padStart(4, '0'),
  m: (date) => String(date.getUTCMonth() + 1).padStart(2, '0'),
  d: (date) => String(date.getUTCDate()).padStart(2, '0'),
  H: (date) => String(date.getUTCHours()).padStart(2, '0'),
  M: (date) => String(date.getUTCMinutes()).padStart(2, '0'),
  S: (date) => String(date.getUTCSeconds()).padStart(2, '0'),
  f: (date) => String(date.getUTCMilliseconds() * 1000).padStart(6, '0'),
};

/**
 * Formats a UTC instant with a Python strftime pattern (the `python_date_format` of a
 * dataset column). Supports %Y %m %d %H %M %S %f and %%; anything else is an error.
 */
export function formatPythonDate(date: Date, pattern: string): string {
  return pattern.replace(/%(.)/g, (_, directive: string) => {
    if (directive === '%') return '%';
    const format = DIRECTIVES[directive];
    if (!format) throw new Error(`Unsupported strftime directive %${directive}`);
    return format(date);
  });
}
