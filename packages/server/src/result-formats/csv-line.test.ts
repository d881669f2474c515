import { describe, expect, it } from 'vitest';
import { csvLine } from './csv-line.js';

const comma = { separator: ',', decimal: '.' };

describe('CSV lines of an export', () => {
  it('quotes separators, quotes and line breaks, and leaves plain cells alone', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'plain', null], comma)).toBe(
      '"a,b","say ""hi""","two\nlines","cr\rhere",plain,\n',
    );
  });

  it('writes numbers, booleans and UTC date-times as Superset does', () => {
    expect(
      csvLine(
        [1.5, -2, true, new Date('2024-01-02T03:04:05Z'), new Date('2024-01-02T03:04:05.120Z')],
        comma,
      ),
    ).toBe('1.5,-2,True,2024-01-02 03:04:05,2024-01-02 03:04:05.120\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvLine(['=HYPERLINK("x")', '@SUM(A1)', '+1', ' -cmd|x', '-2', '%x'], comma)).toBe(
      `"'=HYPERLINK(""x"")",'@SUM(A1),'+1,' -cmd\\|x,'-2,'%x\n`,
    );
  });

  it('defuses a leading tab or carriage return, and leaves ordinary text alone', () => {
    expect(csvLine(['\t=1+1', '\rcmd', 'a=b', 'x-y'], comma)).toBe(`'\t=1+1,"'\rcmd",a=b,x-y\n`);
  });

  it('follows CSV_EXPORT sep and decimal', () => {
    expect(csvLine([1.25, 'a;b'], { separator: ';', decimal: ',' })).toBe('1,25;"a;b"\n');
  });

  it('writes a list of numbers (boxplot outliers) as JSON text', () => {
    expect(csvLine([[1, 2.5]], comma)).toBe('"[1,2.5]"\n');
  });
});
