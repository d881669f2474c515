import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Resolved from this file, so the build reads shared's source and never its dist. */
const sharedSource = decodeURIComponent(
  new URL('../shared/src/index.ts', import.meta.url).pathname,
);

/** Libraries that change rarely go in one long-cached chunk, apart from the app's own code. */
const VENDOR_PACKAGES =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|antd|@ant-design|rc-[^\\/]+|@rc-component|@tanstack|zod)[\\/]/;

/**
 * The server serves this build under /static/ and fills the bootstrap placeholder of
 * dist/index.html for every page it knows.
 */
export default defineConfig({
  base: '/static/',
  plugins: [react()],
  resolve: {
    alias: { '@superset-ts/shared': sharedSource },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Rolldown's successor of Rollup's manualChunks.
        codeSplitting: {
          groups: [{ name: 'vendor', test: VENDOR_PACKAGES }],
        },
      },
    },
  },
});
