import { Text } from '@uiw/react-codemirror';
import { describe, expect, it } from 'vitest';
import { toDiagnostics } from './sql-diagnostics';

const doc = Text.of(['SELECT 1;', 'SELECT nosuchcol FROM orders']);
const marked = (from: number, to: number) => doc.sliceString(from, to);

describe('toDiagnostics', () => {
  it('marks the reported word on its line', () => {
    const [diagnostic] = toDiagnostics(doc, [
      {
        line_number: 2,
        start_column: 8,
        end_column: 17,
        message: 'column "nosuchcol" does not exist',
      },
    ]);
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message: 'column "nosuchcol" does not exist',
    });
    expect(marked(diagnostic?.from ?? 0, diagnostic?.to ?? 0)).toBe('nosuchcol');
  });

  it('marks the whole line without columns, and the first line without a line', () => {
    const [noColumns, noLine] = toDiagnostics(doc, [
      { line_number: 2, start_column: null, end_column: null, message: 'a' },
      { line_number: null, start_column: null, end_column: null, message: 'b' },
    ]);
    expect(marked(noColumns?.from ?? 0, noColumns?.to ?? 0)).toBe('SELECT nosuchcol FROM orders');
    expect(marked(noLine?.from ?? 0, noLine?.to ?? 0)).toBe('SELECT 1;');
  });

  it('keeps positions past the end inside the text, and shows an empty range', () => {
    const [beyond, empty] = toDiagnostics(doc, [
      { line_number: 9, start_column: 40, end_column: 50, message: 'past the end' },
      { line_number: 1, start_column: 3, end_column: 3, message: 'empty' },
    ]);
    expect(beyond?.from).toBe(doc.length);
    expect(beyond?.to).toBe(doc.length);
    expect(marked(empty?.from ?? 0, empty?.to ?? 0)).toBe('L');
  });
});
