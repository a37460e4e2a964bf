/**
 * Per-request middleware: request id and API headers, authentication, and the awilix scope
 * (`user`, `token`, `requestId`, `eventQueue`, `baseUrl`) that handlers and operations read.
 */
import type Koa from 'koa';
import { randomUUID } from 'node:crypto';
import { asValue } from 'awilix';
import { API_VERSION } from '../version.js';
import type { RequestCradle, RootContainer } from '../container/cradle.js';
import { EventQueue } from '../events/event-queue.js';
import { authenticate } from '../auth/authenticate.js';

export interface ApiState {
  scope: import('../container/cradle.js').RequestScope;
}

/** Sets X-Request-ID and API-Version on every response, including errors. */
export function requestHeaders(): Koa.Middleware {
  return async (ctx, next) => {
    const id = randomUUID();
    ctx.state.requestId = id;
    ctx.set('X-Request-ID', id);
    ctx.set('API-Version', API_VERSION);
    await next();
  };
}

/** Authenticates and opens the request scope. */
export function requestScope(root: RootContainer, secretKey: () => string): Koa.Middleware {
  return async (ctx, next) => {
    const cradle = root.cradle;
    const auth = await authenticate(cradle.knex, secretKey(), ctx.get('authorization') || undefined, ctx.ip);
    const scope = root.createScope<RequestCradle>();
    // ctx.protocol / ctx.host honour X-Forwarded-* only when the app trusts a proxy.
    const proto = ctx.protocol;
    scope.register({
      requestId: asValue(ctx.state.requestId as string),
      user: asValue(auth?.user ?? null),
      token: asValue(auth?.token ?? null),
      eventQueue: asValue(new EventQueue()),
      baseUrl: asValue(`${proto}://${ctx.host}`),
    });
    (ctx.state as ApiState).scope = scope;
    await next();
  };
}
