/** `GET` / `PATCH /api/users/config/`: the requesting user's own preferences, never anyone else's. */
import { defineRoute, type RouteRequest } from '../../../api/define-route.js';
import { PatchbayError, ValidationError } from '../../../errors.js';
import { isPlainObject } from '../../../serializers/parse.js';
import type { AuthenticatedUser } from '../../../auth/types.js';
import { loadUserConfig, mergeUserConfig } from '../user-config.js';

/** The config belongs to a user, so even LOGIN_REQUIRED=false does not open it to anonymous clients. */
function requireUser(req: RouteRequest): AuthenticatedUser {
  const user = req.scope.cradle.user;
  if (!user) throw new PatchbayError('PB_AUTH_REQUIRED', 403, { detail: 'Authentication credentials were not provided.' });
  return user;
}

export const userConfigGetRoute = defineRoute({
  method: 'GET',
  path: '/config/',
  summary: "The requesting user's preferences.",
  async handler(req) {
    return { body: await loadUserConfig(req.scope.cradle.knex, requireUser(req).id) };
  },
});

export const userConfigPatchRoute = defineRoute({
  method: 'PATCH',
  path: '/config/',
  summary: "Deep-merges the body into the requesting user's preferences.",
  async handler(req) {
    const user = requireUser(req);
    if (!isPlainObject(req.body)) throw ValidationError.nonField('Invalid data. Expected a dictionary.');
    return { body: await mergeUserConfig(req.scope.cradle.knex, user.id, req.body) };
  },
});
