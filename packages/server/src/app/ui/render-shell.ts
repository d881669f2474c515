import type { Bootstrap } from '@superset-ts/shared';

/** The text in the built index.html that the bootstrap JSON replaces. */
export const BOOTSTRAP_PLACEHOLDER = '__BOOTSTRAP_DATA__';

/**
 * JSON that is safe inside a `<script>` element: `<`, `>` and `&` are escaped so a value
 * such as `</script><script>` in a user's name cannot end the element and inject markup.
 */
export function serializeBootstrap(bootstrap: Bootstrap): string {
  return JSON.stringify(bootstrap)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The application shell with this request's bootstrap data in it. */
export function renderShell(template: string, bootstrap: Bootstrap): string {
  return template.replace(BOOTSTRAP_PLACEHOLDER, () => serializeBootstrap(bootstrap));
}

/** Served instead of the UI when `packages/web/dist` was not built, saying how to build it. */
export const UNBUILT_UI_TEMPLATE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Superset</title></head>
<body style="font-family: system-ui, sans-serif; margin: 3rem;">
<h1>The web UI is not built</h1>
<p>The API is running. Build the UI with <code>npm run build</code> (or start with <code>npm start</code>, which builds it).</p>
<script id="bootstrap-data" type="application/json">${BOOTSTRAP_PLACEHOLDER}</script>
</body></html>`;
