/**
 * Action names for recorded API calls, in Superset's `<Class>.<method>` style
 * (`DashboardRestApi.get_list`, `LogRestApi.recent_activity`):
 *
 * - the class is the resource after `/api/v1/` in PascalCase plus `RestApi`
 *   (`saved_query` -> `SavedQueryRestApi`);
 * - the method joins the route's fixed segments after the resource with a verb:
 *   `GET /` -> `get_list`, `GET /:pk` -> `get`, `POST` -> `post`, `PUT` -> `put`,
 *   `DELETE /:pk` -> `delete`, `DELETE /` -> `bulk_delete`; a named endpoint read with GET is
 *   just its name (`GET /recent_activity/` -> `recent_activity`), otherwise name and verb
 *   (`POST /test_connection/` -> `test_connection.post`, `GET /users/:pk` -> `users.get`).
 *
 * A route can choose its own name with `config.eventLog.action` (see route-event-log.ts);
 * the few routes named below predate that option.
 */
const NAMED_ROUTES: Readonly<Record<string, string>> = {
  'GET /api/v1/me/': 'CurrentUserRestApi.get_me',
  'GET /api/v1/me/roles/': 'CurrentUserRestApi.get_my_roles',
  'PUT /api/v1/me/': 'CurrentUserRestApi.update_me',
};

const KNOWN_CLASSES: Readonly<Record<string, string>> = {
  me: 'CurrentUserRestApi',
  rowlevelsecurity: 'RLSRestApi',
  sqllab: 'SqlLabRestApi',
};

function toPascalCase(name: string): string {
  return name
    .split(/[_\-\s]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function isParam(segment: string): boolean {
  return segment.startsWith(':') || segment.startsWith('*');
}

function verbOf(method: string, hasNamedPart: boolean, endsWithParam: boolean): string {
  switch (method) {
    case 'GET':
      if (endsWithParam) return 'get';
      return hasNamedPart ? '' : 'get_list';
    case 'DELETE':
      return endsWithParam || hasNamedPart ? 'delete' : 'bulk_delete';
    default:
      return method.toLowerCase();
  }
}

/**
 * The action name of an API call to `routeUrl` (the route's pattern, e.g.
 * `/api/v1/log/:pk`), or undefined when the route is not under `/api/`.
 */
export function apiActionName(method: string, routeUrl: string): string | undefined {
  const normalised = routeUrl.endsWith('/') ? routeUrl : `${routeUrl}/`;
  const named = NAMED_ROUTES[`${method} ${normalised}`];
  if (named) return named;
  const segments = routeUrl.split('/').filter(Boolean);
  if (segments[0] !== 'api') return undefined;
  const rest = /^v\d+$/.test(segments[1] ?? '') ? segments.slice(2) : segments.slice(1);
  const [resource, ...tail] = rest;
  if (!resource || isParam(resource)) return 'Api.call';
  const className = KNOWN_CLASSES[resource] ?? `${toPascalCase(resource)}RestApi`;
  const namedParts = tail.filter((segment) => !isParam(segment));
  const lastSegment = tail.at(-1);
  const endsWithParam = lastSegment !== undefined && isParam(lastSegment);
  const verb = verbOf(method, namedParts.length > 0, endsWithParam);
  const methodName = [...namedParts, verb].filter(Boolean).join('.');
  return `${className}.${methodName}`;
}
