import type { FastifyInstance, FastifyPluginAsync, FastifyPluginCallback } from 'fastify';
import fastifyPlugin from 'fastify-plugin';

/** A Fastify plugin, as superset_config's ADDITIONAL_MIDDLEWARE and BLUEPRINTS hold them. */
export type ExtensionPlugin = FastifyPluginAsync | FastifyPluginCallback;

/** A BLUEPRINTS entry: a plugin, or a plugin mounted under a URL prefix. */
export type Blueprint = ExtensionPlugin | { plugin: ExtensionPlugin; prefix?: string | undefined };

/**
 * Registers the user's extra middleware (Superset's ADDITIONAL_MIDDLEWARE: hooks that see every
 * request, registered unencapsulated so they apply app-wide) and blueprints (Superset's
 * BLUEPRINTS: plugins that add routes, optionally under a prefix).
 */
export async function registerExtensions(
  app: FastifyInstance,
  extensions: { middleware: readonly ExtensionPlugin[]; blueprints: readonly Blueprint[] },
): Promise<void> {
  for (const middleware of extensions.middleware) {
    await app.register(fastifyPlugin(middleware as FastifyPluginAsync));
  }
  for (const blueprint of extensions.blueprints) {
    if (typeof blueprint === 'function') await app.register(blueprint as FastifyPluginAsync);
    else
      await app.register(
        blueprint.plugin as FastifyPluginAsync,
        blueprint.prefix ? { prefix: blueprint.prefix } : {},
      );
  }
}
