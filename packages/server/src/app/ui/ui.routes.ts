import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { HOME_PATH, PAGES } from '@superset-ts/shared';
import { PUBLIC_ACCESS, withAccess } from '../../security/access/route-access.js';
import { hasPermission } from '../../security/access/actor.js';
import { errorBody } from '../plugins/error-handler.js';
import { buildBootstrap, type PublicSettings } from './bootstrap-payload.js';
import { buildMenu, type MenuSwitches } from './menu.js';
import { UNBUILT_UI_TEMPLATE, renderShell } from './render-shell.js';

/** What serving the UI needs: the built web app's folder, public settings and who is calling. */
export interface UiRoutesOptions {
  webDistDir: string | null;
  settings: PublicSettings;
  /** Config switches of menu items (SUPERSET_LOG_VIEW, ...); all on when left out. */
  menuSwitches?: MenuSwitches;
}

function isApiPath(url: string): boolean {
  return url.startsWith('/api/') || url.startsWith('/static/');
}

/**
 * Serves the built React app: hashed assets under /static/ with long caching, and the
 * application shell for every page path, redirecting anonymous users to the login page and
 * logged-in users away from it. Unknown paths get the shell with a 404 (the app shows Not
 * Found); unknown API paths get a JSON 404.
 */
export async function registerUiRoutes(
  app: FastifyInstance,
  options: UiRoutesOptions,
): Promise<void> {
  const indexFile = options.webDistDir ? join(options.webDistDir, 'index.html') : null;
  const hasBuiltUi = indexFile !== null && existsSync(indexFile);
  const template = hasBuiltUi ? readFileSync(indexFile, 'utf8') : UNBUILT_UI_TEMPLATE;
  if (!hasBuiltUi)
    app.log.warn('The web UI is not built (packages/web/dist): pages show how to build it.');

  if (hasBuiltUi && options.webDistDir) {
    const assetsDir = join(options.webDistDir, 'assets');
    await app.register(fastifyStatic, {
      root: options.webDistDir,
      prefix: '/static/',
      index: false,
      setHeaders(reply, path) {
        const isHashed = path.startsWith(assetsDir);
        reply.header(
          'Cache-Control',
          isHashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  const sendShell = async (request: FastifyRequest, reply: FastifyReply, status: number) => {
    const user = request.currentUser;
    const html = renderShell(
      template,
      buildBootstrap(options.settings, user, buildMenu(request.actor, options.menuSwitches)),
    );
    return reply
      .status(status)
      .header('Cache-Control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(html);
  };

  app.get('/', withAccess(PUBLIC_ACCESS), async (_request, reply) => reply.redirect(HOME_PATH));

  for (const page of Object.values(PAGES)) {
    // Pages check login themselves: an anonymous visitor is redirected, not refused.
    app.get(page.path, withAccess(PUBLIC_ACCESS), async (request, reply) => {
      const user = request.currentUser;
      if (page.path === PAGES.login.path && user) return reply.redirect(HOME_PATH);
      if (!page.isPublic && !user) {
        return reply.redirect(`${PAGES.login.path}?next=${encodeURIComponent(request.url)}`);
      }
      // A page the user may not use is refused by URL too; the app shows "access denied".
      const needed = 'permission' in page ? page.permission : undefined;
      const isAllowed = !needed || hasPermission(request.actor, needed[0], needed[1]);
      return sendShell(request, reply, isAllowed ? 200 : 403);
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    if (request.method !== 'GET' || isApiPath(request.url)) {
      return reply.status(404).send(errorBody('RESOURCE_NOT_FOUND', 'Not found.'));
    }
    return sendShell(request, reply, 404);
  });
}
