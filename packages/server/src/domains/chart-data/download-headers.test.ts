import { describe, expect, it } from 'vitest';
import { downloadHeaders, exportBaseName } from './download-headers.js';

const at = new Date('2024-03-04T05:06:07Z');

describe('chart data download names', () => {
  it('names the file after the chart, then the viz type, then "export"', () => {
    expect(exportBaseName({ sliceName: 'Sales by region' }, at)).toBe(
      'superset_Sales_by_region_20240304_050607',
    );
    expect(exportBaseName({ vizType: 'table' }, at)).toBe('superset_table_20240304_050607');
    expect(exportBaseName({}, at)).toBe('superset_export_20240304_050607');
  });

  it('cannot be used to inject a header or a path', () => {
    const name = exportBaseName({ filename: '../../etc/"passwd"\r\nX-Evil: 1.csv' }, at);
    expect(name).not.toMatch(/["\r\n/]/);
    const headers = downloadHeaders('csv', name);
    expect(headers['content-disposition']).toBe(`attachment; filename="${name}.csv"`);
  });
});
