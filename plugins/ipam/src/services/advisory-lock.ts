/**
 * Serialises allocations from one parent (a prefix, an IP range, a VLAN group, an ASN range):
 * a transaction-scoped Postgres advisory lock keyed by the parent's model and id, so concurrent
 * POSTs to `available-*` on the same parent queue up instead of handing out the same value, while
 * different parents proceed in parallel. Released automatically at commit or rollback.
 */
import type { Knex } from '@patchbay/core';

/** A stable 32-bit key for a model label (FNV-1a), the first half of the two-key advisory lock. */
function labelKey(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** Takes the lock for (`label`, `id`) until the end of `trx`. */
export async function lockParent(trx: Knex.Transaction, label: string, id: number): Promise<void> {
  await trx.raw('SELECT pg_advisory_xact_lock(?, ?)', [labelKey(label), id]);
}
