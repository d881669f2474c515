import { describe, expect, it } from 'vitest';
import { filenameFromDisposition } from './chart-data-api';

describe('filenameFromDisposition', () => {
  it("reads the server's file name", () => {
    expect(filenameFromDisposition('attachment; filename="superset_pie_20260105_083000.csv"')).toBe(
      'superset_pie_20260105_083000.csv',
    );
    expect(
      filenameFromDisposition("attachment; filename*=UTF-8''Ventes%20%C3%A9t%C3%A9.xlsx"),
    ).toBe('Ventes été.xlsx');
  });

  it('gives null when the server named no file', () => {
    expect(filenameFromDisposition(null)).toBeNull();
    expect(filenameFromDisposition('inline')).toBeNull();
  });
});
