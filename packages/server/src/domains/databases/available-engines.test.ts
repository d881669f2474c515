import { ALL_ENGINE_SPECS, createEngineRegistry, type EngineSpec } from '@superset-ts/engines';
import { describe, expect, it } from 'vitest';
import { listAvailableEngines } from './available-engines.js';
import { createEngineLoader } from './engine-loader.js';

const postgres = createEngineRegistry(ALL_ENGINE_SPECS).byEngine('postgresql') as EngineSpec;
// The fakes start without a client; each test gives one where it needs it.
const base: EngineSpec = { ...postgres };
delete base.loadClient;
const fake = (engine: string, engineName: string, extra: Partial<EngineSpec> = {}): EngineSpec => ({
  ...base,
  engine,
  engineName,
  backends: [engine],
  drivers: ['a', 'b'],
  defaultDriver: 'a',
  notes: undefined,
  ...extra,
});

describe('GET available/: the engines this server offers', () => {
  const loads = fake('loads', 'Loads', { loadClient: () => Promise.resolve(() => ({}) as never) });
  const broken = fake('broken', 'Broken', {
    driverPackage: 'missing-driver',
    loadClient: () => Promise.reject(new Error('Cannot find module')),
  });
  const described = fake('described', 'Described Only', { notes: 'No Node client.' });
  const preferred = fake('pref', 'Preferred Engine');
  const engines = createEngineRegistry([loads, broken, described, preferred]);

  it('lists every engine with whether its client loads, preferred first in config order', async () => {
    let imports = 0;
    const counted = fake('counted', 'Counted', {
      loadClient: () => {
        imports += 1;
        return Promise.resolve(() => ({}) as never);
      },
    });
    const registry = createEngineRegistry([loads, broken, described, preferred, counted]);
    const loader = createEngineLoader();
    const list = await listAvailableEngines({
      engines: registry,
      loader,
      preferred: ['Preferred Engine', 'Loads'],
      denylist: {},
    });
    expect(list.map((entry) => [entry.name, entry.installed, entry.preferred])).toEqual([
      ['Preferred Engine', false, true],
      ['Loads', true, true],
      ['Broken', false, false],
      ['Counted', true, false],
      ['Described Only', false, false],
    ]);
    expect(list.find((entry) => entry.engine === 'described')?.notes).toBe('No Node client.');
    expect(list[1]?.parameters).toMatchObject({
      required: ['host', 'port', 'database', 'username'],
    });
    await listAvailableEngines({ engines: registry, loader, preferred: [], denylist: {} });
    expect(imports).toBe(1);
  });

  it('hides denied drivers, and engines with no driver left', async () => {
    const list = await listAvailableEngines({
      engines,
      loader: createEngineLoader(),
      preferred: [],
      denylist: { loads: ['a'], broken: ['a', 'b'] },
    });
    expect(list.map((entry) => entry.engine)).not.toContain('broken');
    expect(list.find((entry) => entry.engine === 'loads')?.available_drivers).toEqual(['b']);
  });

  it('tells a missing driver apart from an engine without a client', async () => {
    const loader = createEngineLoader();
    await expect(loader.factoryFor(broken)).rejects.toMatchObject({
      code: 'DRIVER_NOT_INSTALLED_ERROR',
      message: expect.stringContaining('missing-driver') as unknown,
    });
    await expect(loader.factoryFor(described)).rejects.toMatchObject({
      code: 'ENGINE_CLIENT_UNAVAILABLE_ERROR',
    });
  });
});
