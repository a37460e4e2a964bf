/**
 * IPAM's transaction-scoped Postgres advisory locks, all taken here: keyed by a name
 * (`hashtext(name)`) and an id, released automatically at commit or rollback.
 * - `lockParent`: allocations from one parent (an IP space, a VLAN group, an ASN range), so
 *   concurrent POSTs to `available-*` queue up instead of handing out the same value, while
 *   different parents proceed in parallel;
 * - uniqueness checks of one IP space and prefix-hierarchy upkeep per VRF use `advisoryLock` directly.
 */
import type { Knex } from '@patchbay/core';

/**
 * A transaction keeps an advisory lock until it ends, so each (name, id) is taken once per
 * transaction — a bulk write does not ask again per object. Keyed by the transaction object: a
 * savepoint that rolls back (and so releases what it locked) is never used again.
 */
const held = new WeakMap<Knex.Transaction, Set<string>>();

/** Takes the lock (`name`, `id`) until the end of `trx`; the SQL form `pg_advisory_xact_lock(hashtext(name), id)` takes the same one. */
export async function advisoryLock(trx: Knex.Transaction, name: string, id: number): Promise<void> {
  let mine = held.get(trx);
  if (!mine) held.set(trx, (mine = new Set()));
  const key = `${name}:${id}`;
  if (mine.has(key)) return;
  await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?), ?::int)', [name, id]);
  mine.add(key);
}

/** Serialises allocations from one parent: the lock for (`label`, `id`) until the end of `trx`. */
export async function lockParent(trx: Knex.Transaction, label: string, id: number): Promise<void> {
  await advisoryLock(trx, label, id);
}
