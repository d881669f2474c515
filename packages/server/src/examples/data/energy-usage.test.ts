import { describe, expect, it } from 'vitest';
import { ENERGY_USAGE_TABLE } from './energy-usage.js';
import { expectCellsMatchSchema, fingerprint, rowsOf } from './test-support/generated-rows.js';

const flows = rowsOf(ENERGY_USAGE_TABLE) as [string, string, number][];

function hasCycle(edges: readonly [string, string, number][]): boolean {
  const targets = new Map<string, string[]>();
  for (const [source, target] of edges)
    targets.set(source, [...(targets.get(source) ?? []), target]);
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string): boolean => {
    if (state.get(node) === 'visiting') return true;
    if (state.get(node) === 'done') return false;
    state.set(node, 'visiting');
    const cyclic = (targets.get(node) ?? []).some(visit);
    state.set(node, 'done');
    return cyclic;
  };
  return [...targets.keys()].some(visit);
}

describe('energy_usage', () => {
  it('yields the same 60-70 positive flows on every run, typed as the schema says', () => {
    expect(flows.length).toBe(ENERGY_USAGE_TABLE.rowCount);
    expect(flows.length).toBeGreaterThanOrEqual(60);
    expect(flows.length).toBeLessThanOrEqual(70);
    expect(fingerprint(rowsOf(ENERGY_USAGE_TABLE))).toBe(fingerprint(flows));
    expectCellsMatchSchema(ENERGY_USAGE_TABLE, flows);
    expect(flows.every(([source, target, value]) => source !== target && value > 0)).toBe(true);
    expect(new Set(flows.map(([s, t]) => `${s}>${t}`)).size).toBe(flows.length);
  });

  it('forms a DAG from sources to end uses, so a Sankey can draw it', () => {
    expect(hasCycle(flows)).toBe(false);
    expect(hasCycle([...flows, ['Losses', 'Coal reserves', 1]])).toBe(true);
    const targets = new Set(flows.map(([, target]) => target));
    expect(targets.has('Coal reserves')).toBe(false);
    expect(flows.some(([source]) => source === 'Losses')).toBe(false);
  });
});
