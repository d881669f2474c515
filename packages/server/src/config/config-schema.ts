import { z } from 'zod';

import { asyncKeys } from './keys/async.keys.js';
import { authKeys } from './keys/auth.keys.js';
import { cacheKeys } from './keys/cache.keys.js';
import { chartDataKeys } from './keys/chart-data.keys.js';
import { dashboardKeys } from './keys/dashboards.keys.js';
import { emailKeys } from './keys/email.keys.js';
import { extensionKeys } from './keys/extensions.keys.js';
import { featureFlagKeys } from './keys/feature-flags.keys.js';
import { legacyKeys } from './keys/legacy.keys.js';
import { loggingKeys } from './keys/logging.keys.js';
import { metadataDbKeys } from './keys/metadata-db.keys.js';
import { permissionsKeys } from './keys/permissions.keys.js';
import { reportsKeys } from './keys/reports.keys.js';
import { screenshotKeys } from './keys/screenshots.keys.js';
import { securityKeys } from './keys/security.keys.js';
import { sqlLabKeys } from './keys/sqllab.keys.js';
import { uiKeys } from './keys/ui.keys.js';
import { uploadKeys } from './keys/uploads.keys.js';
import { webserverKeys } from './keys/webserver.keys.js';

/** A titled group of config keys, as the docs present them. */
export interface ConfigKeyArea {
  readonly title: string;
  readonly shape: Readonly<Record<string, z.ZodType>>;
}

/** The config keys grouped by area, in the order the docs list them. */
export function configKeyAreas(dataDir: string): readonly ConfigKeyArea[] {
  return [
    { title: 'Web server', shape: webserverKeys },
    { title: 'Feature flags', shape: featureFlagKeys },
    { title: 'Security: secret key, sessions, CSRF, headers', shape: securityKeys },
    { title: 'Authentication', shape: authKeys },
    { title: 'Roles, permissions and embedding', shape: permissionsKeys },
    { title: 'Metadata database and database connections', shape: metadataDbKeys(dataDir) },
    { title: 'Caching', shape: cacheKeys },
    { title: 'Async workers', shape: asyncKeys },
    { title: 'SQL Lab', shape: sqlLabKeys },
    { title: 'Chart data and datasets', shape: chartDataKeys },
    { title: 'File uploads', shape: uploadKeys(dataDir) },
    { title: 'Dashboards', shape: dashboardKeys },
    { title: 'Alerts and reports', shape: reportsKeys },
    { title: 'E-mail and Slack', shape: emailKeys },
    { title: 'Screenshots and thumbnails', shape: screenshotKeys },
    { title: 'Logging and metrics', shape: loggingKeys(dataDir) },
    { title: 'CORS and extensions', shape: extensionKeys },
    { title: 'Web UI', shape: uiKeys },
    { title: 'Legacy (SIP-15)', shape: legacyKeys },
  ];
}

/**
 * The schema of every config key. Defaults under DATA_DIR depend on where that is, so the
 * schema is built per data directory.
 */
export function buildConfigSchema(dataDir: string) {
  return z.object({
    ...webserverKeys,
    ...featureFlagKeys,
    ...securityKeys,
    ...authKeys,
    ...permissionsKeys,
    ...metadataDbKeys(dataDir),
    ...cacheKeys,
    ...asyncKeys,
    ...sqlLabKeys,
    ...chartDataKeys,
    ...uploadKeys(dataDir),
    ...dashboardKeys,
    ...reportsKeys,
    ...emailKeys,
    ...screenshotKeys,
    ...loggingKeys(dataDir),
    ...extensionKeys,
    ...uiKeys,
    ...legacyKeys,
  });
}

/** The config schema's type. */
export type ConfigSchema = ReturnType<typeof buildConfigSchema>;
