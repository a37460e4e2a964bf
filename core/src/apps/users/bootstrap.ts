/**
 * First start: when SUPERUSER_NAME and SUPERUSER_PASSWORD are set and no such user exists, create
 * that superuser (and a v1 token from SUPERUSER_API_TOKEN). Idempotent, so every process may run it.
 */
import type { Knex } from 'knex';
import type { PatchbayConfig } from '../../config/schema.js';
import { hashPassword } from '../../auth/passwords.js';
import { tokenDigest } from '../../auth/tokens.js';

export async function createSuperuser(
  knex: Knex,
  secretKey: string,
  opts: { username: string; password: string; email?: string; apiToken?: string },
): Promise<{ id: number; created: boolean }> {
  return knex.transaction(async (trx) => {
    const existing = await trx('users_user').select('id').where('username', opts.username).first();
    if (existing) return { id: Number(existing.id), created: false };
    const [user] = await trx('users_user')
      .insert({ username: opts.username, email: opts.email ?? '', password: await hashPassword(opts.password), is_superuser: true, is_staff: true })
      .returning('id');
    if (opts.apiToken)
      await trx('users_token').insert({ user_id: user.id, version: 1, hmac_digest: tokenDigest(secretKey, opts.apiToken), description: 'SUPERUSER_API_TOKEN' });
    return { id: Number(user.id), created: true };
  });
}

export async function bootstrapSuperuser(knex: Knex, secretKey: string, config: PatchbayConfig): Promise<boolean> {
  if (!config.superuserName || !config.superuserPassword) return false;
  const { created } = await createSuperuser(knex, secretKey, {
    username: config.superuserName,
    password: config.superuserPassword,
    email: config.superuserEmail,
    apiToken: config.superuserApiToken,
  });
  return created;
}
