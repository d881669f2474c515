import { describe, expect, it } from 'vitest';
import { exploreStateUrl, parseExploreRequest } from './explore-url';

describe('parseExploreRequest', () => {
  it('reads a dataset link as the dataset list makes it', () => {
    expect(parseExploreRequest('?datasource_type=table&datasource_id=12')).toEqual({
      kind: 'open',
      query: { datasource_id: 12, datasource_type: 'table' },
      vizType: undefined,
    });
  });

  it('reads a saved chart with its unsaved state', () => {
    expect(parseExploreRequest('?form_data_key=abc-1&slice_id=4')).toEqual({
      kind: 'open',
      query: { form_data_key: 'abc-1', slice_id: 4 },
      vizType: undefined,
    });
  });

  it('takes the permalink key from the path, and the viz type hint from the query', () => {
    expect(parseExploreRequest('?viz_type=pie', 'k3y')).toEqual({
      kind: 'open',
      query: { permalink_key: 'k3y' },
      vizType: 'pie',
    });
  });

  it('says when there is nothing to open, or when the link is broken', () => {
    expect(parseExploreRequest('')).toEqual({ kind: 'empty' });
    const invalid = parseExploreRequest('?slice_id=abc');
    expect(invalid.kind).toBe('invalid');
  });

  it('round-trips the state URL it writes', () => {
    const url = exploreStateUrl('key_1', 7);
    expect(url).toBe('/explore/?form_data_key=key_1&slice_id=7');
    expect(parseExploreRequest(url.split('?')[1] ?? '')).toMatchObject({
      query: { form_data_key: 'key_1', slice_id: 7 },
    });
  });
});
