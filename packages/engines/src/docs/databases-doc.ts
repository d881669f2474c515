import { ERROR_CATALOGUE, type ErrorCode } from '@superset-ts/shared';
import { createEngineRegistry } from '../registry/engine-registry.js';
import type { EngineSpec } from '../spec/engine-spec.js';
import { describeOptionRules } from './describe-option-rules.js';

/** First line of docs/databases.md, saying how to regenerate it. */
export const DATABASES_DOC_HEADER =
  '<!-- Generated from ALL_ENGINE_SPECS by packages/engines/src/docs/databases-doc.ts: edit the engine specs, then run UPDATE_DATABASE_DOCS=1 npx vitest run packages/engines/src/docs -->';

/** The codes a failed connection or a refused connection string can carry. */
const CONNECTION_ERROR_CODES: readonly ErrorCode[] = [
  'INVALID_CONNECTION_STRING_ERROR',
  'UNKNOWN_ENGINE_ERROR',
  'UNKNOWN_CONNECTION_PARAMETER',
  'DATABASE_SECURITY_ACCESS_ERROR',
  'CONNECTION_MISSING_PARAMETERS_ERROR',
  'ENGINE_CLIENT_UNAVAILABLE_ERROR',
  'DRIVER_NOT_INSTALLED_ERROR',
  'CONNECTION_INVALID_HOSTNAME_ERROR',
  'CONNECTION_PORT_CLOSED_ERROR',
  'CONNECTION_HOST_DOWN_ERROR',
  'CONNECTION_DATABASE_TIMEOUT',
  'CONNECTION_INVALID_USERNAME_ERROR',
  'CONNECTION_INVALID_PASSWORD_ERROR',
  'CONNECTION_ACCESS_DENIED_ERROR',
  'CONNECTION_UNKNOWN_DATABASE_ERROR',
  'CONNECTION_DATABASE_PERMISSIONS_ERROR',
  'CONNECTION_FAILED',
];

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ').replaceAll('<', '&lt;');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

const code = (text: string) => `\`${text}\``;

function enginesSection(specs: readonly EngineSpec[]): string {
  const rows = specs.map((spec) => [
    spec.engineName,
    code(spec.engine),
    code(spec.sqlalchemyUriPlaceholder),
    spec.driverPackage ? code(spec.driverPackage) : 'none',
    spec.tested === 'live' ? 'live-tested' : 'dialect-tested',
    spec.loadClient ? 'yes' : 'no',
    spec.notes ?? '',
  ]);
  return [
    '## Engines',
    '',
    'Live-tested engines run their tests against a real server; dialect-tested engines have golden-SQL tests of everything Superset.ts writes for them (time grains, literals, quoting, row limits, type mapping, error messages). An engine without a shipped client is listed and its SQL is tested, but connecting to it fails with `ENGINE_CLIENT_UNAVAILABLE_ERROR`.',
    '',
    table(
      ['Database', 'Engine', 'URI', 'Driver package', 'Tested', 'Client shipped', 'Notes'],
      rows,
    ),
  ].join('\n');
}

function schemesSection(specs: readonly EngineSpec[]): string {
  const rows = specs.map((spec) => [
    spec.engineName,
    spec.backends.map(code).join(', '),
    [spec.defaultDriver, ...spec.drivers.filter((d) => d !== spec.defaultDriver)]
      .map(code)
      .join(', '),
    spec.defaultPort === null ? '' : String(spec.defaultPort),
  ]);
  return [
    '## URI backends and drivers',
    '',
    'The part of the URI before `://` selects the engine: `backend` or `backend+driver`. Any listed driver selects the same engine; the first is the default. Each backend belongs to one engine.',
    '',
    table(['Database', 'Backends', 'Drivers (default first)', 'Default port'], rows),
  ].join('\n');
}

function optionsSection(specs: readonly EngineSpec[]): string {
  const rows = specs.map((spec) => [
    spec.engineName,
    describeOptionRules(spec.queryOptions),
    describeOptionRules(spec.connectArgOptions),
    spec.supportsTls ? 'yes' : 'no',
  ]);
  return [
    '## Allow-listed connection options',
    '',
    'No URI string ever reaches a driver. The server takes the URI apart and builds the driver settings from typed fields: host, port, database, username, password, and the options below, each checked against its type. Any other URI query parameter or `extra.engine_params.connect_args` key is refused by name with `UNKNOWN_CONNECTION_PARAMETER`, so parameters such as `?host=169.254.169.254`, `?socketPath=/var/run/docker.sock`, `?multipleStatements=true` or `?options=-c ...` cannot redirect or reconfigure a connection.',
    '',
    table(['Database', 'URI query parameters', 'connect_args', 'TLS settings'], rows),
  ].join('\n');
}

const TLS_SECTION = [
  '## TLS: certificates as PEM text only',
  '',
  '- Engines with "TLS settings: yes" above take `sslmode` (`disable`, `allow`, `prefer`, `require`, `verify-ca`, `verify-full`) or `ssl=true|false`, in the URI or in `connect_args`. Node drivers cannot fall back to plain text, so `prefer` encrypts like `require`; with a root certificate, `require` also verifies the chain.',
  '- `sslrootcert`, `sslcert` and `sslkey` must hold the certificate or key itself, as PEM text starting with `-----BEGIN`. A file path is refused with `UNKNOWN_CONNECTION_PARAMETER`, so a connection cannot make the server read its own files.',
  '- An uploaded server certificate (`server_cert`) is trusted as the root certificate and turns on `verify-ca` unless a mode is given.',
  '- Engines with "TLS settings: no" refuse every TLS field by name.',
].join('\n');

function localFileSection(specs: readonly EngineSpec[]): string {
  const names = specs.filter((spec) => spec.localFile).map((spec) => spec.engineName);
  return [
    '## Local-file engines',
    '',
    `${names.length === 0 ? 'No engine in this build' : names.join(', ')} ${names.length > 1 ? 'open' : 'opens'} files on the server itself. While \`PREVENT_UNSAFE_DB_CONNECTIONS\` is on (the default), a local-file database may only open a file under one of the folders in \`LOCAL_DATABASE_DIRECTORIES\` (compared after resolving symbolic links), and in-memory databases are refused because they can attach files. The metadata database is refused whatever the settings. A refused connection fails with \`DATABASE_SECURITY_ACCESS_ERROR\`.`,
  ].join('\n');
}

function testConnectionSection(): string {
  const rows = CONNECTION_ERROR_CODES.map((errorCode) => [
    code(errorCode),
    String(ERROR_CATALOGUE[errorCode].status),
    ERROR_CATALOGUE[errorCode].message,
  ]);
  return [
    '## Testing a connection',
    '',
    '`POST /api/v1/database/test_connection/` opens a connection and runs a trivial query. `TEST_DATABASE_CONNECTION_TIMEOUT` (seconds, default 30) bounds the whole test; a database that does not answer in time is reported as `CONNECTION_DATABASE_TIMEOUT`. Driver messages are classified into the codes below, and passwords are removed from any message before it is shown.',
    '',
    table(['Code', 'HTTP status', 'Meaning'], rows),
  ].join('\n');
}

/**
 * Renders docs/databases.md from the engine specs: the engines with their URI forms, driver
 * packages and test level, then the options each accepts and the safety rules that apply.
 */
export function renderDatabasesDoc(allSpecs: readonly EngineSpec[]): string {
  const specs = createEngineRegistry(allSpecs).all();
  return [
    DATABASES_DOC_HEADER,
    '',
    '# Databases',
    '',
    'Superset.ts connects to analytics databases with SQLAlchemy-style URIs (`backend+driver://user:password@host:port/database?key=value`), as Superset does. This page lists the engines this build knows and the rules every connection goes through.',
    '',
    enginesSection(specs),
    '',
    schemesSection(specs),
    '',
    optionsSection(specs),
    '',
    TLS_SECTION,
    '',
    localFileSection(specs),
    '',
    testConnectionSection(),
    '',
  ].join('\n');
}
