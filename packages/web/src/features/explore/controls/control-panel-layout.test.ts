import { describe, expect, it } from 'vitest';
import type { ControlPanel } from '../../../visualizations';
import { errorsByControl, sectionsHaveErrors, visibleSections } from './control-panel-layout';

const panel: ControlPanel = {
  sections: [
    {
      label: 'Query',
      rows: [
        [{ name: 'mode', kind: 'select', label: 'Mode', options: [] }],
        [
          {
            name: 'metrics',
            kind: 'metrics',
            label: 'Metrics',
            visibleWhen: (fd) => fd.mode === 'agg',
          },
          {
            name: 'columns',
            kind: 'columns',
            label: 'Columns',
            visibleWhen: (fd) => fd.mode === 'raw',
          },
        ],
      ],
    },
    {
      label: 'Only raw',
      rows: [[{ name: 'x', kind: 'text', label: 'X', visibleWhen: (fd) => fd.mode === 'raw' }]],
    },
    {
      label: 'Chart options',
      tab: 'customize',
      rows: [[{ name: 'legend', kind: 'checkbox', label: 'Legend' }]],
    },
  ],
};

describe('control panel layout', () => {
  it('keeps only the visible controls, rows and sections of a tab', () => {
    const data = visibleSections(panel, { mode: 'agg' }, 'data');
    expect(data.map(({ section }) => section.label)).toEqual(['Query']);
    expect(data[0]?.rows.map((row) => row.map((control) => control.name))).toEqual([
      ['mode'],
      ['metrics'],
    ]);
    const raw = visibleSections(panel, { mode: 'raw' }, 'data');
    expect(raw.map(({ section }) => section.label)).toEqual(['Query', 'Only raw']);
    expect(visibleSections(panel, {}, 'customize').map(({ section }) => section.label)).toEqual([
      'Chart options',
    ]);
  });

  it('finds the errors of a section', () => {
    const errors = errorsByControl([
      { control: 'metrics', message: 'Metrics cannot be empty.' },
      { control: 'metrics', message: 'Another.' },
    ]);
    expect(errors.get('metrics')).toEqual(['Metrics cannot be empty.', 'Another.']);
    expect(sectionsHaveErrors(visibleSections(panel, { mode: 'agg' }, 'data'), errors)).toBe(true);
    expect(sectionsHaveErrors(visibleSections(panel, { mode: 'agg' }, 'customize'), errors)).toBe(
      false,
    );
  });
});
