/** Environment variables global-setup sets for the test workers (they inherit its env). */
export const E2E_ENV = {
  baseUrl: 'SUPERSET_E2E_BASE_URL',
  adminUsername: 'SUPERSET_E2E_ADMIN_USERNAME',
  adminPassword: 'SUPERSET_E2E_ADMIN_PASSWORD',
  serverPid: 'SUPERSET_E2E_SERVER_PID',
  homeDir: 'SUPERSET_E2E_HOME',
} as const;

/** Reads a variable global-setup must have set; fails loudly when it did not run. */
export function requireE2eEnv(name: keyof typeof E2E_ENV): string {
  const value = process.env[E2E_ENV[name]];
  if (!value) {
    throw new Error(`${E2E_ENV[name]} is not set: run the specs through playwright.config.ts.`);
  }
  return value;
}
