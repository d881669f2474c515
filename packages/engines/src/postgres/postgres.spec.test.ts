import { afterEach, describe, expect, it, vi } from 'vitest';
import { POSTGRES_FLAVOUR, POSTGRES_SPEC } from './postgres.spec.js';

describe('PostgreSQL spec', () => {
  afterEach(() => {
    vi.doUnmock('pg');
    vi.resetModules();
  });

  it('refuses a Redshift server reached through postgresql://', () => {
    const redshift =
      'PostgreSQL 8.0.2 on i686-pc-linux-gnu, compiled by GCC gcc (GCC) 3.4.2 20041017 (Red Hat 3.4.2-6.fc3), Redshift 1.0.77467';
    const refusal = POSTGRES_FLAVOUR.refuseServer?.(redshift);
    expect(refusal?.code).toBe('INVALID_CONNECTION_STRING_ERROR');
    expect(refusal?.message).toContain('redshift://');
    expect(POSTGRES_FLAVOUR.refuseServer?.('PostgreSQL 15.20 (Debian 15.20-0+deb12u1)')).toBeNull();
  });

  it('loads the driver lazily and names the npm package when it is missing', async () => {
    await expect(POSTGRES_SPEC.loadClient?.()).resolves.toBeInstanceOf(Function);
    vi.doMock('pg', () => {
      throw new Error('Cannot find package "pg"');
    });
    const { POSTGRES_SPEC: fresh } = await import('./postgres.spec.js');
    const failure = await fresh.loadClient?.().catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'DRIVER_NOT_INSTALLED_ERROR' });
    expect((failure as Error).message).toContain('npm package "pg"');
  });
});
