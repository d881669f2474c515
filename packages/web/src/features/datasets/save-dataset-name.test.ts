import { describe, expect, it } from 'vitest';
import { suggestedDatasetName } from './save-dataset-name';

describe('suggestedDatasetName', () => {
  it("names the dataset after the tab and the time, as Superset's SQL Lab does", () => {
    const now = new Date(2026, 0, 5, 9, 7, 3);
    expect(suggestedDatasetName('Orders by day', now)).toBe('Orders by day 01/05/2026 09:07:03');
  });

  it('falls back to Untitled for a tab without a name', () => {
    expect(suggestedDatasetName('  ', new Date(2026, 11, 31, 23, 59, 59))).toBe(
      'Untitled 12/31/2026 23:59:59',
    );
  });
});
