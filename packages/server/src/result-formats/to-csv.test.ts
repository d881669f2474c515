import { describe, expect, it } from 'vitest';
import { csvExportSettingsOf } from './csv-export-settings.js';
import { toCsv } from './to-csv.js';

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

describe('toCsv', () => {
  it('writes the header and rows keyed by name or in column order, with a BOM by default', async () => {
    const settings = csvExportSettingsOf({ encoding: 'utf-8-sig' });
    const bytes = await collect(
      toCsv(['name', 'n'], [{ name: 'Ann', n: 1 }, ['Bob', null]], settings),
    );
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(bytes.subarray(3).toString('utf8')).toBe('name,n\nAnn,1\nBob,\n');
  });

  it('honours sep, decimal and a latin-1 encoding', async () => {
    const settings = csvExportSettingsOf({ sep: ';', decimal: ',', encoding: 'latin-1' });
    const bytes = await collect(toCsv(['città', 'v'], [['Zürich', 2.5]], settings));
    expect(bytes.toString('latin1')).toBe('città;v\nZürich;2,5\n');
    expect(bytes.includes(Buffer.from('ü', 'utf8'))).toBe(false);
  });

  it('streams a large async source in several chunks', async () => {
    async function* rows() {
      for (let i = 0; i < 2_500; i += 1) yield [i];
    }
    const chunks: Buffer[] = [];
    for await (const chunk of toCsv(['i'], rows(), csvExportSettingsOf({}))) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(2);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.split('\n')).toHaveLength(2_502);
    expect(text.endsWith('2499\n')).toBe(true);
  });

  it('writes just the header for an empty result', async () => {
    const bytes = await collect(toCsv(['a', 'b'], [], csvExportSettingsOf({})));
    expect(bytes.toString('utf8')).toBe('a,b\n');
  });
});
