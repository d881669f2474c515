/**
 * Engine specs arrive with the database-connections capability: one folder per engine,
 * a pure `dialect.ts` beside a driver `client.ts`, and a registry from URI scheme to spec.
 */
export const ENGINE_SPECS_VERSION = 0;
