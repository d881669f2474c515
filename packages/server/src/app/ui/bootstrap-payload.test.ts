import { bootstrapSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { buildBootstrap, type PublicSettings } from './bootstrap-payload.js';

const settings = (overrides: Partial<PublicSettings> = {}): PublicSettings => ({
  appName: 'Superset',
  version: '0.1.0',
  featureFlags: {},
  authType: 'AUTH_DB',
  authUserRegistration: false,
  oauthProviders: [],
  environmentTag: null,
  mapboxApiKey: '',
  ...overrides,
});

describe('buildBootstrap', () => {
  it('gives map charts the Mapbox key when one is configured', () => {
    const bootstrap = buildBootstrap(settings({ mapboxApiKey: 'pk.test-token' }), null, []);

    expect(bootstrapSchema.parse(bootstrap).common.mapbox_api_key).toBe('pk.test-token');
  });

  it('sends no Mapbox key when none is configured, so maps use the offline base map', () => {
    const bootstrap = buildBootstrap(settings(), null, []);

    expect(bootstrap.common).not.toHaveProperty('mapbox_api_key');
  });

  it('tells dashboards the SUPERSET_WEBSERVER_DOMAINS to spread chart requests over', () => {
    const bootstrap = buildBootstrap(
      settings({ webserverDomains: ['d1.example.com', 'd2.example.com'] }),
      null,
      [],
    );

    expect(bootstrapSchema.parse(bootstrap).common.superset_webserver_domains).toEqual([
      'd1.example.com',
      'd2.example.com',
    ]);
    expect(buildBootstrap(settings(), null, []).common).not.toHaveProperty(
      'superset_webserver_domains',
    );
  });
});
