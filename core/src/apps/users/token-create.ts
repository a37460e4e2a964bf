/**
 * Write steps of `/api/users/tokens/` (and provisioning): a new token gets its secret — generated,
 * or the client's own — stored only as an HMAC digest; the plaintext is returned once, in the
 * create response. The owner defaults to the requesting user; issuing a token for someone else
 * takes NetBox's `users.grant_token` (a superuser, or the `grant` action on users.token).
 */
import type { WriteHooks, WriteHookArgs } from '../../api/resource.js';
import { ValidationError, forbidden } from '../../errors.js';
import { newV1Token, newV2Token, tokenDigest } from '../../auth/tokens.js';
import { tokenSecretKey } from '../../auth/secret-key.js';
import { Token } from './models.js';

const SECRET = /^[A-Za-z0-9]{40}$/;

/** The plaintext a client chose: `token` (NetBox 4.5), or for v1 the 4.2-era `key`. */
function chosenSecret(body: Record<string, unknown>, version: number): string | undefined {
  const given = body.token ?? (version === 1 && typeof body.key === 'string' && body.key !== '' ? body.key : undefined);
  if (given === undefined || given === null || given === '') return undefined;
  const field = body.token !== undefined ? 'token' : 'key';
  if (typeof given !== 'string' || !SECRET.test(given)) throw ValidationError.field(field, 'A token must be 40 letters and digits.');
  return given;
}

/** Fills in a new token's owner, key and digest; returns the response-only plaintext. */
async function issue({ c, trx, body, parsed }: WriteHookArgs & { parsed: { values: Record<string, unknown> } }): Promise<Record<string, unknown>> {
  const v = parsed.values;
  const owner = (v.user_id as number | undefined) ?? c.user?.id;
  if (owner === undefined) throw ValidationError.field('user', 'This field is required.');
  if (owner !== c.user?.id) {
    const grant = await c.permissions.grant(c, Token, 'grant');
    if (grant !== null && grant.length === 0) throw forbidden('This user does not have permission to create tokens for other users.');
  }
  v.user_id = owner;
  const version = Number(v.version ?? 1);
  const chosen = chosenSecret(body, version);
  const secretKey = await tokenSecretKey(c.knex, trx, c.config.secretKey);
  if (version === 1) {
    const plaintext = chosen ?? newV1Token();
    const digest = tokenDigest(secretKey, plaintext);
    if (await trx('users_token').select('id').where({ version: 1, hmac_digest: digest }).first())
      throw ValidationError.field(body.token !== undefined ? 'token' : 'key', 'A token with this value already exists.');
    Object.assign(v, { version, key: null, hmac_digest: digest });
    // `key` carries the v1 plaintext for NetBox 4.2 clients (pynetbox's create_token reads it).
    return { key: plaintext, token: plaintext };
  }
  const generated = newV2Token();
  const secret = chosen ?? generated.secret;
  Object.assign(v, { version, key: generated.key, hmac_digest: tokenDigest(secretKey, secret) });
  return { token: secret };
}

export const tokenWriteHooks: WriteHooks = {
  async beforeSave(args) {
    const { body, parsed, prev } = args;
    if (!prev) return issue(args);
    if (body.token !== undefined) throw ValidationError.field('token', 'Cannot assign a new plaintext value for an existing token.');
    const v = parsed.values;
    // The owner is fixed once the token exists (NetBox makes `user` read-only on update).
    delete v.user_id;
    if (v.version !== undefined && Number(v.version) !== Number(prev.version))
      throw ValidationError.field('version', 'The version of an existing token cannot be changed.');
  },
};
