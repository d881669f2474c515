import { DASHBOARD_VERSION_KEY } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { dashboardUpdateOf, draftOf, withTitle } from './editor-draft';
import { buildLoadedDashboard } from './testing/build-loaded-dashboard';

describe('dashboardUpdateOf', () => {
  it('sends the layout with its version key, every metadata key and the properties', () => {
    const loaded = buildLoadedDashboard({ color_scheme: 'x', label_colors: { a: '#fff' } });
    const draft = { ...draftOf(loaded), css: '.a {}' };
    const body = dashboardUpdateOf(draft);
    expect(body).toMatchObject({
      dashboard_title: 'Sales',
      slug: 'sales',
      owners: [1],
      roles: [],
      certified_by: null,
      certification_details: null,
      css: '.a {}',
    });
    expect(JSON.parse(body.json_metadata!)).toEqual({
      color_scheme: 'x',
      label_colors: { a: '#fff' },
    });
    const layout = JSON.parse(body.position_json!) as Record<string, unknown>;
    expect(layout[DASHBOARD_VERSION_KEY]).toBe('v2');
    expect(Object.keys(layout)).toContain('CHART-1');
  });

  it('sends an empty slug as none', () => {
    const draft = draftOf(buildLoadedDashboard());
    const body = dashboardUpdateOf({ ...draft, properties: { ...draft.properties, slug: '  ' } });
    expect(body.slug).toBeNull();
  });
});

describe('withTitle', () => {
  it('changes the title and the layout header with it', () => {
    const draft = withTitle(draftOf(buildLoadedDashboard()), 'Revenue');
    expect(draft.title).toBe('Revenue');
    expect(draft.layout.HEADER_ID?.meta.text).toBe('Revenue');
  });
});

describe('dashboardUpdateOf limits', () => {
  it('refuses a layout longer than Superset stores', () => {
    const draft = draftOf(buildLoadedDashboard());
    const huge = {
      ...draft.layout,
      'MARKDOWN-1': { ...draft.layout['MARKDOWN-1']!, meta: { code: 'x'.repeat(70_000) } },
    };
    expect(() => dashboardUpdateOf({ ...draft, layout: huge })).toThrow(/too large to save/);
  });
});
