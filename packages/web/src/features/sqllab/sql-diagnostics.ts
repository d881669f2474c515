import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@uiw/react-codemirror';
import type { SqlValidationAnnotation } from '@superset-ts/shared';

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * The validator's annotations (1-based line and columns, the end column exclusive) as
 * CodeMirror diagnostics on `doc`. An annotation without a line marks the first line; one
 * without columns marks its whole line; an empty range grows to one character so it shows.
 */
export function toDiagnostics(
  doc: Text,
  annotations: readonly SqlValidationAnnotation[],
): Diagnostic[] {
  return annotations.map((annotation) => {
    const line = doc.line(clamp(annotation.line_number ?? 1, 1, doc.lines));
    const column = (value: number | null, fallback: number) =>
      value === null ? fallback : clamp(line.from + value - 1, line.from, line.to);
    const from = column(annotation.start_column, line.from);
    let to = Math.max(from, column(annotation.end_column, line.to));
    if (to === from) to = Math.min(from + 1, doc.length);
    return { from, to, severity: 'error', source: 'SQL validator', message: annotation.message };
  });
}
