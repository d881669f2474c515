import { z } from 'zod';

import { describeKey } from './capabilities.js';
import {
  bool,
  nonEmptyText,
  nonNegativeInt,
  port,
  positiveInt,
  text,
  textList,
  textRecord,
} from './value-schemas.js';

const proxyHops = nonNegativeInt.optional();

const environmentTag = z.object(
  { color: text, text: text },
  { error: 'an object { color, text }' },
);

/** The HTTP server: address, port, proxies, compression, headers, debug mode and branding. */
export const webserverKeys = {
  SUPERSET_WEBSERVER_PORT: port
    .default(8088)
    .describe(
      describeKey(
        'Port the web server listens on. The environment variable SUPERSET_WEBSERVER_PORT provides it too.',
        'foundation',
      ),
    ),
  SUPERSET_WEBSERVER_ADDRESS: nonEmptyText
    .default('0.0.0.0')
    .describe(
      describeKey(
        'Address the production web server binds to (the development run command has its own --host flag, default 127.0.0.1).',
        'foundation',
      ),
    ),
  SUPERSET_WEBSERVER_TIMEOUT: positiveInt
    .default(60)
    .describe(
      describeKey('Seconds a request may take before the server gives up on it.', 'foundation'),
    ),
  SUPERSET_WEBSERVER_DOMAINS: textList
    .nullable()
    .default(null)
    .describe(
      describeKey(
        'Extra host names spreading chart requests over domains (deprecated in Superset).',
        'dashboards',
      ),
    ),
  ENABLE_PROXY_FIX: bool
    .default(false)
    .describe(
      describeKey(
        'Trust X-Forwarded-For/-Proto/-Host/-Port/-Prefix headers from a reverse proxy, as many hops as PROXY_FIX_CONFIG says.',
        'foundation',
      ),
    ),
  PROXY_FIX_CONFIG: z
    .object(
      {
        x_for: proxyHops,
        x_proto: proxyHops,
        x_host: proxyHops,
        x_port: proxyHops,
        x_prefix: proxyHops,
      },
      { error: 'an object { x_for, x_proto, x_host, x_port, x_prefix } of hop counts' },
    )
    .default({ x_for: 1, x_proto: 1, x_host: 1, x_port: 1, x_prefix: 1 })
    .describe(
      describeKey(
        'Proxy hops trusted per X-Forwarded header when ENABLE_PROXY_FIX is on.',
        'foundation',
      ),
    ),
  COMPRESS_REGISTER: bool
    .default(true)
    .describe(describeKey('Compress responses (gzip, brotli).', 'foundation')),
  DEFAULT_HTTP_HEADERS: textRecord
    .default({})
    .describe(
      describeKey('Headers added to every response unless the route set them.', 'foundation'),
    ),
  OVERRIDE_HTTP_HEADERS: textRecord
    .default({})
    .describe(
      describeKey('Headers set on every response, replacing any the route set.', 'foundation'),
    ),
  HTTP_HEADERS: textRecord
    .default({})
    .describe(
      describeKey('Headers added to every response (kept for older configs).', 'foundation'),
    ),
  STATIC_ASSETS_PREFIX: text
    .default('')
    .describe(describeKey('URL prefix of static assets, e.g. a CDN.', 'web UI')),
  SEND_FILE_MAX_AGE_DEFAULT: nonNegativeInt
    .default(365 * 24 * 60 * 60)
    .describe(describeKey('Seconds browsers may cache static assets.', 'web UI')),
  ENABLE_CHUNK_ENCODING: bool
    .default(false)
    .describe(
      describeKey(
        'Accept chunked request bodies; Node always does, so the key changes nothing.',
        'legacy (accepted, no effect)',
      ),
    ),
  DEBUG: bool
    .default(false)
    .describe(
      describeKey(
        'Debug mode: detailed errors and development security headers. The environment variables SUPERSET_DEBUG and FLASK_DEBUG provide it too.',
        'foundation',
      ),
    ),
  PROFILING: bool
    .default(false)
    .describe(describeKey('Allow ?_instrument=1 request profiling.', 'logging/StatsD')),
  SHOW_STACKTRACE: bool
    .default(false)
    .describe(describeKey('Include stack traces in error responses.', 'logging/StatsD')),
  APP_NAME: nonEmptyText
    .default('Superset')
    .describe(describeKey('Name shown in the page title and menus.', 'foundation')),
  ENVIRONMENT_TAG_CONFIG: z
    .object(
      { variable: nonEmptyText, values: z.record(text, environmentTag) },
      { error: 'an object { variable, values: { name: { color, text } } }' },
    )
    .default({
      variable: 'SUPERSET_ENV',
      values: {
        debug: { color: 'error.base', text: 'flask-debug' },
        development: { color: 'error.base', text: 'Development' },
        production: { color: '', text: '' },
      },
    })
    .describe(
      describeKey(
        'Badge shown in the menu bar: the environment variable named by variable (SUPERSET_ENV) selects one of values; in debug mode with it unset, "debug" is used.',
        'foundation',
      ),
    ),
};
