/** Mounts plugins' custom endpoints (defineRoute) behind the same auth gate and permission checks. */
import type Router from '@koa/router';
import type Koa from 'koa';
import type { Registry } from '../registry/registry.js';
import type { ApiState } from './request-scope.js';
import { gate } from './viewset.js';

export function mountPluginRoutes(router: Router, registry: Registry): void {
  for (const route of registry.routes.values()) {
    const below = route.path.startsWith('/') ? route.path : `/${route.path}`;
    const path = route.root ? below : `/api/${route.prefix}${below}`;
    const handler = async (ctx: Koa.Context) => {
      const c = gate(ctx, { anonymous: route.anonymous });
      if (route.permission) await c.permissions.require(c, registry.models.require(route.permission.model), route.permission.action);
      const res = await route.handler({
        params: ctx.params as Record<string, string>,
        query: ctx.URL.searchParams,
        body: (ctx.request as unknown as { body?: unknown }).body,
        headers: ctx.headers,
        scope: (ctx.state as ApiState).scope,
        baseUrl: c.baseUrl,
        raw: ctx.req,
      });
      ctx.status = res.status ?? 200;
      for (const [name, value] of Object.entries(res.headers ?? {})) ctx.set(name, value);
      if (res.type) ctx.type = res.type;
      if (res.body !== undefined) ctx.body = res.body;
    };
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    router[method](path, handler);
  }
}
