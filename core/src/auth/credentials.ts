/**
 * Username/password authentication (token provisioning): the user when the password matches an
 * active account, else null. A miss costs the same Argon2 verification as a hit, so response
 * time does not reveal which usernames exist.
 */
import type { Knex } from 'knex';
import { hashPassword, verifyPassword } from './passwords.js';
import type { AuthenticatedUser } from './types.js';

let decoy: Promise<string> | undefined;

export async function authenticateCredentials(knex: Knex, username: string, password: string): Promise<AuthenticatedUser | null> {
  const row = await knex('users_user as u')
    .select(
      'u.id', 'u.username', 'u.password', 'u.is_superuser', 'u.is_active',
      knex.raw(`coalesce((select array_agg(g.group_id) from users_user_groups g where g.user_id = u.id), '{}') as groups`),
    )
    .where('u.username', username)
    .first();
  const stored = row?.password ? String(row.password) : await (decoy ??= hashPassword('patchbay-decoy-password'));
  const ok = await verifyPassword(stored, password);
  if (!row || !ok || !row.is_active) return null;
  return {
    id: Number(row.id),
    username: String(row.username),
    is_superuser: Boolean(row.is_superuser),
    is_active: true,
    groups: ((row.groups as unknown[]) ?? []).map(Number),
  };
}
