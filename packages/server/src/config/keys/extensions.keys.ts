import { z } from 'zod';

import { describeKey } from './capabilities.js';
import { blueprint, fastifyPlugin, functionOrNull } from './hook-schemas.js';
import type { AppMutator, ContextHook } from './hook-types.js';
import { bool, nonNegativeNumber, text, textList, textOrNull } from './value-schemas.js';

const corsOptions = z
  .object(
    {
      origins: z.union([text, textList], { error: 'a string or an array of strings' }).optional(),
      supports_credentials: bool.optional(),
      allow_headers: z.union([text, textList]).optional(),
      expose_headers: z.union([text, textList]).optional(),
      methods: z.union([text, textList]).optional(),
      max_age: nonNegativeNumber.optional(),
      resources: z.unknown().optional(),
    },
    { error: 'an object such as { origins: ["https://example.org"], supports_credentials: true }' },
  )
  .loose();

/** Cross-origin requests and the hooks that extend the server. */
export const extensionKeys = {
  ENABLE_CORS: bool
    .default(true)
    .describe(
      describeKey('Answer cross-origin requests as CORS_OPTIONS allows.', 'CORS & extensions'),
    ),
  CORS_OPTIONS: corsOptions
    .default({ origins: ['https://tile.openstreetmap.org', 'https://tile.osm.ch'] })
    .describe(
      describeKey(
        'CORS settings in flask-cors names: origins, supports_credentials, allow_headers, expose_headers, methods, max_age, resources.',
        'CORS & extensions',
      ),
    ),
  ADDITIONAL_MIDDLEWARE: z
    .array(fastifyPlugin, { error: 'an array of Fastify plugins (functions)' })
    .default([])
    .describe(
      describeKey(
        'Fastify plugins registered around every route (Superset takes WSGI middleware classes).',
        'CORS & extensions',
      ),
    ),
  BLUEPRINTS: z
    .array(blueprint, { error: 'an array of Fastify plugins or { plugin, prefix } objects' })
    .default([])
    .describe(
      describeKey(
        'Extra routes: Fastify plugins, or { plugin, prefix } to mount one under a URL prefix.',
        'CORS & extensions',
      ),
    ),
  FLASK_APP_MUTATOR: functionOrNull<AppMutator>()
    .default(null)
    .describe(
      describeKey(
        'Function (app) given the Fastify instance before routes are added.',
        'CORS & extensions',
      ),
    ),
  COMMON_BOOTSTRAP_OVERRIDES_FUNC: functionOrNull<ContextHook>()
    .default(null)
    .describe(
      describeKey(
        'Function returning values merged into the page bootstrap data, per request.',
        'CORS & extensions',
      ),
    ),
  LOCAL_EXTENSIONS: textList
    .default([])
    .describe(
      describeKey('Folders of extensions loaded from disk, for development.', 'CORS & extensions'),
    ),
  EXTENSIONS_PATH: textOrNull
    .default(null)
    .describe(describeKey('Folder of packaged extensions to load.', 'CORS & extensions')),
  EXTENSION_STARTUP_LOCK_TIMEOUT: nonNegativeNumber
    .default(30)
    .describe(describeKey('Seconds to wait for the extension start-up lock.', 'CORS & extensions')),
};
