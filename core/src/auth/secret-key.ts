/**
 * The key that signs API tokens, for code that issues tokens outside the auth middleware (the
 * token endpoint, provisioning). Resolved the same way boot resolves it, once per database.
 */
import type { Knex } from 'knex';
import { resolveSecretKey } from '../boot/secret-key.js';

const resolved = new WeakMap<Knex, Promise<string>>();

/**
 * `root` keys the cache; `db` runs the lookup (pass the write's transaction: on the embedded
 * database a second connection would wait for the transaction's).
 */
export function tokenSecretKey(root: Knex, db: Knex, configured: string | undefined): Promise<string> {
  if (configured) return Promise.resolve(configured);
  let key = resolved.get(root);
  if (!key) {
    key = resolveSecretKey(db, undefined);
    resolved.set(root, key);
    key.catch(() => resolved.delete(root));
  }
  return key;
}
