import { ALL_ENGINE_SPECS, createEngineRegistry } from '@superset-ts/engines';
import { describe, expect, it } from 'vitest';
import {
  SYSTEM_NETWORK_PROBE,
  validateConnectionParameters,
  type NetworkProbe,
} from './validate-parameters.js';

const engines = createEngineRegistry(ALL_ENGINE_SPECS);
const everythingUp: NetworkProbe = {
  canResolve: () => Promise.resolve(true),
  isPortOpen: () => Promise.resolve(true),
};
const body = (parameters: Record<string, unknown>) => ({
  engine: 'postgresql',
  configuration_method: 'dynamic_form' as const,
  parameters,
});
const FULL = { host: 'db.example.com', port: 5432, database: 'd', username: 'u' };

describe('validate_parameters', () => {
  it('finds nothing wrong with a complete form whose server answers', async () => {
    expect(await validateConnectionParameters(engines, everythingUp, body(FULL))).toEqual([]);
  });

  it('lists the missing fields, then still checks the host it has', async () => {
    const problems = await validateConnectionParameters(
      engines,
      { ...everythingUp, canResolve: () => Promise.resolve(false) },
      body({ host: 'nowhere' }),
    );
    expect(problems.map((p) => [p.code, p.extra])).toEqual([
      ['CONNECTION_MISSING_PARAMETERS_ERROR', { missing: ['database', 'port', 'username'] }],
      ['CONNECTION_INVALID_HOSTNAME_ERROR', { invalid: ['host'] }],
    ]);
  });

  it('reports a port that is not a number, or that nobody listens on', async () => {
    const badPort = await validateConnectionParameters(
      engines,
      everythingUp,
      body({ ...FULL, port: 'x' }),
    );
    expect(badPort.map((p) => p.code)).toEqual(['CONNECTION_INVALID_PORT_ERROR']);
    const closed = await validateConnectionParameters(
      engines,
      { ...everythingUp, isPortOpen: () => Promise.resolve(false) },
      body(FULL),
    );
    expect(closed.map((p) => [p.code, p.extra])).toEqual([
      ['CONNECTION_PORT_CLOSED_ERROR', { invalid: ['host', 'port'] }],
    ]);
  });

  it('probes the real network: an unknown host and a closed local port', async () => {
    expect(await SYSTEM_NETWORK_PROBE.canResolve('no-such-host.invalid')).toBe(false);
    expect(await SYSTEM_NETWORK_PROBE.canResolve('127.0.0.1')).toBe(true);
    expect(await SYSTEM_NETWORK_PROBE.isPortOpen('127.0.0.1', 1)).toBe(false);
  });

  it('refuses an unknown engine', async () => {
    await expect(
      validateConnectionParameters(engines, everythingUp, { ...body(FULL), engine: 'nope' }),
    ).rejects.toMatchObject({ code: 'UNKNOWN_ENGINE_ERROR' });
  });
});
