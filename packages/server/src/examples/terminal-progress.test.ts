import { describe, expect, it } from 'vitest';
import { createTerminalProgress } from './terminal-progress.js';

describe('terminal progress', () => {
  it('prints one line per finished task when stderr is not a terminal', () => {
    const lines: string[] = [];
    const progress = createTerminalProgress({ note: (l) => lines.push(l), terminal: null });
    progress.line('Loading example data');
    const task = progress.start('birth_names', 75_691);
    task.advance(50_000);
    task.advance(25_691);
    task.done('75,691 rows in 1.2 s');
    progress.start('flights', 10).fail('disk full');
    expect(lines).toEqual([
      'Loading example data',
      'birth_names: 75,691 rows in 1.2 s',
      'flights: FAILED: disk full',
    ]);
  });

  it('redraws a bar with rows done, total and rate on a terminal, then the summary', () => {
    let clock = 0;
    const screen: string[] = [];
    const lines: string[] = [];
    const progress = createTerminalProgress({
      note: (l) => lines.push(l),
      terminal: { write: (text) => screen.push(text), columns: 100 },
      now: () => clock,
    });
    const task = progress.start('birth_names', 2000);
    clock = 1000;
    task.advance(1000);
    clock = 1050;
    task.advance(500);
    task.done('2,000 rows in 1.1 s');
    const bars = screen.filter((text) => text.includes('/2,000'));
    expect(bars).toHaveLength(2);
    expect(bars[1]?.startsWith('\r\u001b[K')).toBe(true);
    expect(bars[1]).toMatch(/birth_names\s+\[#{12}\.{12}\] 1,000\/2,000 {2}1,000\/s$/);
    expect(lines).toEqual(['birth_names: 2,000 rows in 1.1 s']);
  });
});
