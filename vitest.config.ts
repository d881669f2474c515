import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (pkg: string) =>
  fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

/** Tests import sibling packages from source, so `npm test` needs no build for unit tests. */
const alias = {
  '@superset-ts/shared': source('shared'),
  '@superset-ts/engines': source('engines'),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{shared,engines,server}/src/**/*.test.ts', 'bench/src/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'web',
          environment: 'jsdom',
          include: ['packages/web/src/**/*.test.{ts,tsx}'],
          setupFiles: ['packages/web/src/test-setup.ts'],
          // antd under jsdom renders slowly on a busy 2-core machine; a click flow can take seconds.
          testTimeout: 30_000,
        },
      },
    ],
  },
});
