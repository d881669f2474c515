import { describe, expect, it } from 'vitest';
import { loadedDashboard, nativeFilter } from '../testing/loaded-dashboard';
import { scopeChoiceOf, scopeOfChoice } from './filter-scope-choice';
import { metadataWithFilters } from './metadata-with-filters';
import { newNativeFilter } from './new-filter-items';

describe('metadataWithFilters', () => {
  it('keeps every other metadata key and stores the charts in each scope', () => {
    const loaded = loadedDashboard({
      color_scheme: 'supersetColors',
      refresh_frequency: 60,
      native_filter_configuration: [nativeFilter({ id: 'OLD' })],
    });
    const metadata = metadataWithFilters(loaded, [
      nativeFilter({ id: 'A', scope: { rootPath: ['TAB-A'], excluded: [2] } }),
      nativeFilter({ id: 'B', cascadeParentIds: ['A', 'OLD'] }),
      { id: 'D', type: 'DIVIDER', title: 'More' },
    ]);
    expect(metadata.color_scheme).toBe('supersetColors');
    expect(metadata.refresh_frequency).toBe(60);
    expect(metadata.native_filter_configuration).toEqual([
      expect.objectContaining({ id: 'A', chartsInScope: [1] }),
      expect.objectContaining({ id: 'B', chartsInScope: [1, 2, 3], cascadeParentIds: ['A'] }),
      { id: 'D', type: 'DIVIDER', title: 'More' },
    ]);
  });
});

describe('scope choices', () => {
  const loaded = loadedDashboard({});
  const chartIds = [1, 2, 3];

  it('reads a whole-dashboard scope as all charts, and others as the charts they hold', () => {
    expect(scopeChoiceOf(loaded.layout, { rootPath: ['ROOT_ID'], excluded: [] }, chartIds)).toEqual(
      { kind: 'all' },
    );
    expect(scopeChoiceOf(loaded.layout, { rootPath: ['TAB-A'], excluded: [] }, chartIds)).toEqual({
      kind: 'charts',
      chartIds: [1, 2],
    });
  });

  it('saves picked charts as the whole dashboard less the others', () => {
    expect(scopeOfChoice({ kind: 'charts', chartIds: [3] }, chartIds)).toEqual({
      rootPath: ['ROOT_ID'],
      excluded: [1, 2],
    });
  });
});

describe('newNativeFilter', () => {
  it('makes Superset-style ids, different every time', () => {
    const first = newNativeFilter();
    expect(first.id).toMatch(/^NATIVE_FILTER-[A-Za-z0-9]{10}$/);
    expect(newNativeFilter().id).not.toBe(first.id);
  });
});
