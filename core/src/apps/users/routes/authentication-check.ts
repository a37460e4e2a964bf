/**
 * `GET /api/authentication-check/`: the authenticated user, as `/api/users/users/<id>/` shows it
 * (clients use it to test credentials). It needs no permission on users: everyone may see
 * themselves. Mounted by boot as a core route, since it sits outside the users app's prefix.
 */
import type Koa from 'koa';
import type { RouteMounter } from '../../../api/create-app.js';
import { gate } from '../../../api/viewset.js';
import { PatchbayError, notFound } from '../../../errors.js';
import { renderOne } from '../../../serializers/render.js';

export const mountAuthenticationCheck: RouteMounter = (router) => {
  router.get('/api/authentication-check/', async (ctx: Koa.Context) => {
    const c = gate(ctx);
    if (!c.user) throw new PatchbayError('PB_AUTH_REQUIRED', 403, { detail: 'Authentication credentials were not provided.' });
    const row = await c.knex('users_user').select('*').where('id', c.user.id).first();
    if (!row) throw notFound();
    ctx.body = await renderOne(c.registry.serializerFor('users.user'), row, { db: c.knex, registry: c.registry, baseUrl: c.baseUrl });
  });
};
