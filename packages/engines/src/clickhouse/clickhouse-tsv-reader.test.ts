import { describe, expect, it } from 'vitest';
import { TsvResultReader, unescapeTsv } from './clickhouse-tsv-reader.js';

const HEADER =
  'n\\ta\tname\tday\tat\tbig\tflag\tlc\nUInt8\tString\tDate\tDateTime\tUInt64\tBool\tLowCardinality(Nullable(String))\n';

describe('TabSeparatedWithNamesAndTypes reader', () => {
  it('reads names, types and typed rows, across chunk boundaries', () => {
    const reader = new TsvResultReader();
    const body = `${HEADER}7\ta\\tb\\nc\\\\d\t2020-01-02\t2020-01-02 03:04:05\t18446744073709551615\ttrue\t\\N\n`;
    const rows = [...body].flatMap((char) => reader.push(Buffer.from(char)));
    expect(reader.columns).toEqual([
      { name: 'n\ta', type: 'UInt8' },
      { name: 'name', type: 'String' },
      { name: 'day', type: 'Date' },
      { name: 'at', type: 'DateTime' },
      { name: 'big', type: 'UInt64' },
      { name: 'flag', type: 'Bool' },
      { name: 'lc', type: 'LowCardinality(Nullable(String))' },
    ]);
    expect([...rows, ...reader.end()]).toEqual([
      [
        7,
        'a\tb\nc\\d',
        new Date('2020-01-02T00:00:00Z'),
        new Date('2020-01-02T03:04:05Z'),
        '18446744073709551615',
        true,
        null,
      ],
    ]);
  });

  it('keeps multi-byte characters split between chunks whole', () => {
    const reader = new TsvResultReader();
    const bytes = Buffer.from('s\nString\nnaïve ☃\n');
    const rows = [reader.push(bytes.subarray(0, 14)), reader.push(bytes.subarray(14))].flat();
    expect(rows).toEqual([['naïve ☃']]);
  });

  it('reads a statement without a result as no columns', () => {
    const reader = new TsvResultReader();
    expect(reader.end()).toEqual([]);
    expect(reader.columns).toBeNull();
  });

  it('raises an exception the server wrote after the first rows', () => {
    const reader = new TsvResultReader();
    reader.push('a\tb\nUInt8\tUInt8\n1\t2\n');
    expect(() =>
      reader.push(
        'Code: 159, e.displayText() = DB::Exception: Timeout exceeded: elapsed 1 seconds, e.what() = DB::Exception\n',
      ),
    ).toThrow(/Timeout exceeded/);
    const single = new TsvResultReader();
    single.push('a\nString\nCode: 1 is fine as data\n');
    expect(() =>
      single.push('Code: 394. DB::Exception: Query was cancelled. (QUERY_WAS_CANCELLED)\n'),
    ).toThrow(/Query was cancelled/);
  });

  it('unescapes every TabSeparated escape', () => {
    expect(unescapeTsv("\\b\\f\\r\\n\\t\\0\\'\\\\x")).toBe("\b\f\r\n\t\0'\\x");
  });
});
