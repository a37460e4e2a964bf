/**
 * The key that signs tokens: SECRET_KEY when the operator sets one, else a random key generated
 * once and stored in the database, so every API process behind a load balancer uses the same one.
 */
import type { Knex } from 'knex';
import { randomBytes } from 'node:crypto';

export async function resolveSecretKey(knex: Knex, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await knex('core_instance_secret')
    .insert({ name: 'secret_key', value: randomBytes(48).toString('base64url') })
    .onConflict('name')
    .ignore();
  const row = await knex('core_instance_secret').select('value').where('name', 'secret_key').first();
  return String(row.value);
}
