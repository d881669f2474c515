import { describe, expect, it } from 'vitest';
import { apiActionName } from './action-name.js';

describe('apiActionName', () => {
  it.each([
    ['GET', '/api/v1/log/', 'LogRestApi.get_list'],
    ['GET', '/api/v1/log/:pk', 'LogRestApi.get'],
    ['POST', '/api/v1/log/', 'LogRestApi.post'],
    ['GET', '/api/v1/log/recent_activity/', 'LogRestApi.recent_activity'],
    ['PUT', '/api/v1/dashboard/:pk', 'DashboardRestApi.put'],
    ['DELETE', '/api/v1/dashboard/:pk', 'DashboardRestApi.delete'],
    ['DELETE', '/api/v1/dashboard/', 'DashboardRestApi.bulk_delete'],
    ['POST', '/api/v1/database/test_connection/', 'DatabaseRestApi.test_connection.post'],
    ['GET', '/api/v1/saved_query/:pk', 'SavedQueryRestApi.get'],
    ['GET', '/api/v1/security/users/', 'SecurityRestApi.users'],
    ['POST', '/api/v1/security/users/', 'SecurityRestApi.users.post'],
    ['GET', '/api/v1/security/users/:pk', 'SecurityRestApi.users.get'],
    ['GET', '/api/v1/security/csrf_token/', 'SecurityRestApi.csrf_token'],
    ['GET', '/api/v1/me/', 'CurrentUserRestApi.get_me'],
    ['GET', '/api/v1/me', 'CurrentUserRestApi.get_me'],
    ['GET', '/api/v1/rowlevelsecurity/', 'RLSRestApi.get_list'],
  ])('%s %s -> %s', (method, route, expected) => {
    expect(apiActionName(method, route)).toBe(expected);
  });

  it('names no action outside /api/', () => {
    expect(apiActionName('GET', '/superset/welcome/')).toBeUndefined();
  });
});
