/** Assembles the Koa application: middleware in DESIGN §5's order, then every route from the registry. */
import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import type { RootContainer } from '../container/cradle.js';
import { errorMapper } from './error-mapper.js';
import { requestHeaders, requestScope } from './request-scope.js';
import { mountResource } from './viewset.js';
import { mountRootRoutes } from './root-routes.js';
import { mountPluginRoutes } from './mount-routes.js';
import { PatchbayError, notFound } from '../errors.js';

/** Extra routes core modules add (OpenAPI, docs); each gets the router and the container. */
export type RouteMounter = (router: Router, container: RootContainer) => void;

export function createApp(container: RootContainer, opts: { secretKey: () => string; mounters?: RouteMounter[] }): Koa {
  const { registry, logger, config } = container.cradle;
  // Forwarded headers are believed only when the operator says a proxy sets them (see trustProxy).
  const app = new Koa({ proxy: config.trustProxy });
  const router = new Router({ strict: true });

  mountRootRoutes(router, registry);
  for (const mount of opts.mounters ?? []) mount(router, container);
  mountPluginRoutes(router, registry);
  for (const resource of registry.resources.values()) mountResource(router, resource);

  app.use(requestHeaders());
  app.use(errorMapper(logger));
  // Trailing slashes are canonical; a request without one is answered as if it had it.
  app.use(async (ctx, next) => {
    if (ctx.path.startsWith('/api') && !ctx.path.endsWith('/')) ctx.path = `${ctx.path}/`;
    await next();
  });
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: '10mb', encoding: 'utf-8', parsedMethods: ['POST', 'PUT', 'PATCH', 'DELETE'] }));
  app.use(requestScope(container, opts.secretKey));
  // Runs after the router and allowedMethods below, so a known path with another method is a 405, not a 404.
  app.use(async (ctx, next) => {
    await next();
    if (ctx.status === 404 && ctx.body === undefined) throw notFound();
  });
  app.use(router.routes());
  app.use(
    router.allowedMethods({
      throw: true,
      methodNotAllowed: () => new PatchbayError('PB_API_METHOD_NOT_ALLOWED', 405, { detail: 'Method not allowed.' }),
      notImplemented: () => new PatchbayError('PB_API_METHOD_NOT_ALLOWED', 405, { detail: 'Method not allowed.' }),
    }),
  );
  return app;
}
