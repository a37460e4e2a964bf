/**
 * `POST /api/users/tokens/provision/`: anyone with a username and password gets a new token for
 * that account (pynetbox's `create_token`). The token is created exactly as `/api/users/tokens/`
 * creates one, on behalf of the authenticated account.
 */
import { asValue } from 'awilix';
import { defineRoute } from '../../../api/define-route.js';
import { PatchbayError, ValidationError, type FieldErrors } from '../../../errors.js';
import { isPlainObject } from '../../../serializers/parse.js';
import { createObjects } from '../../../operations/write.js';
import { authenticateCredentials } from '../../../auth/credentials.js';
import { Token } from '../models.js';

export const provisionRoute = defineRoute({
  method: 'POST',
  path: '/tokens/provision/',
  anonymous: true,
  summary: 'Create an API token with a username and password.',
  schema: {
    status: 201,
    request: {
      type: 'object',
      required: ['username', 'password'],
      properties: {
        username: { type: 'string', minLength: 1 },
        password: { type: 'string', minLength: 1, writeOnly: true },
        version: { type: 'integer', enum: [1, 2] },
        expires: { type: ['string', 'null'], format: 'date-time' },
        description: { type: 'string', maxLength: 200 },
        write_enabled: { type: 'boolean' },
        allowed_ips: { type: ['array', 'null'], items: { type: 'string' } },
      },
    },
    response: { $ref: '#/components/schemas/Token' },
  },
  async handler({ body, scope }) {
    if (!isPlainObject(body)) throw ValidationError.nonField('Invalid data. Expected a dictionary.');
    const errors: FieldErrors = {};
    for (const name of ['username', 'password'])
      if (typeof body[name] !== 'string' || body[name] === '') errors[name] = [body[name] === '' ? 'This field may not be blank.' : 'This field is required.'];
    if (Object.keys(errors).length) throw new ValidationError(errors);
    const { username, password, user: _owner, ...fields } = body;
    const user = await authenticateCredentials(scope.cradle.knex, username as string, password as string);
    if (!user) throw new PatchbayError('PB_AUTH_INVALID_CREDENTIALS', 403, { detail: 'Invalid username/password' });
    const asUser = scope.createScope();
    asUser.register({ user: asValue(user), token: asValue(null) });
    // The registered endpoint, so other plugins' serializer extensions apply here too.
    const tokens = scope.cradle.registry.resourceFor(Token.label)!;
    const [token] = await createObjects(asUser.cradle, tokens, [fields]);
    return { status: 201, body: token };
  },
});
