import { describe, expect, it } from 'vitest';
import { getCategoricalScheme } from './categorical-schemes';
import { createColorScale } from './color-scale';
import { LabelColors } from './label-colors';
import { sequentialColor } from './sequential-schemes';

const superset = getCategoricalScheme('supersetColors').colors;

describe('createColorScale', () => {
  it('gives labels the scheme colors in order of first appearance, the same color each time', () => {
    const scale = createColorScale('supersetColors', new LabelColors());
    expect([scale('boy'), scale('girl'), scale('boy')]).toEqual([
      superset[0],
      superset[1],
      superset[0],
    ]);
  });

  it('keeps a label color across charts on the page, whatever order the labels come in', () => {
    const page = new LabelColors();
    const first = createColorScale('supersetColors', page);
    const boy = first('boy');
    const girl = first('girl');
    const second = createColorScale('supersetColors', page);
    expect(second('other')).not.toBe(boy);
    expect(second('girl')).toBe(girl);
    expect(second('boy ')).toBe(boy);
  });

  it('does not give a new label a color the chart already shows', () => {
    const page = new LabelColors();
    createColorScale('supersetColors', page)('boy');
    const second = createColorScale('supersetColors', page);
    const girl = second('girl');
    const boy = second('boy');
    expect(boy).toBe(superset[0]);
    expect(girl).not.toBe(boy);
  });

  it('uses a forced label color (a dashboard label_colors) over everything else', () => {
    const page = new LabelColors();
    page.setForcedColors({ girl: '#123456' });
    expect(createColorScale('d3Category10', page)('girl')).toBe('#123456');
  });

  it('falls back to the default scheme for an unknown id', () => {
    expect(createColorScale('nope', new LabelColors()).schemeId).toBe('supersetColors');
  });
});

describe('sequentialColor', () => {
  it('interpolates between the stops and clamps outside 0..1', () => {
    expect(sequentialColor(['#000000', '#ffffff'], 0.5)).toBe('#808080');
    expect(sequentialColor(['#000000', '#ffffff'], 2)).toBe('#ffffff');
    expect(sequentialColor(['#000000', '#ff0000', '#ffffff'], 0.5)).toBe('#ff0000');
  });
});
