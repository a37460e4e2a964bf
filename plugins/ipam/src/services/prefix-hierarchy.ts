/**
 * Keeps NetBox's cached prefix hierarchy (`_depth`, `_children`) true, as its signals.py does:
 * after a prefix is created, changed (network or VRF) or deleted, the prefixes containing it
 * recount their children and the prefixes inside it recount their parents — within the same VRF
 * (the global table being its own space), two UPDATE statements per affected (VRF, network),
 * touching only the rows on that branch (GiST `inet_ops` index). Deletes: a trigger (see the migration).
 */
import type { Knex } from '@patchbay/core';
import { advisoryLock } from './advisory-lock.js';

const vrfCond = (alias: string, vrfId: unknown) =>
  vrfId === null || vrfId === undefined ? `${alias}.vrf_id IS NULL` : `${alias}.vrf_id = ${Number(vrfId)}`;

/** Recounts `_children` of the prefixes containing-or-equal `prefix` and `_depth` of those within-or-equal it. */
export async function refreshBranch(trx: Knex.Transaction, prefix: string, vrfId: unknown): Promise<void> {
  await trx.raw(
    `UPDATE ipam_prefix p SET _children = (SELECT count(*) FROM ipam_prefix c WHERE ${vrfCond('c', vrfId)} AND c.prefix << p.prefix)
     WHERE ${vrfCond('p', vrfId)} AND p.prefix >>= ?::cidr`,
    [prefix],
  );
  await trx.raw(
    `UPDATE ipam_prefix p SET _depth = (SELECT count(*) FROM ipam_prefix c WHERE ${vrfCond('c', vrfId)} AND c.prefix >> p.prefix)
     WHERE ${vrfCond('p', vrfId)} AND p.prefix <<= ?::cidr`,
    [prefix],
  );
}

/**
 * Serialises hierarchy upkeep per VRF (0 = global) until commit, so two concurrent writes on one
 * branch cannot each miss the other's row: whoever locks second recounts with the first committed.
 * The delete trigger takes the same lock (`hashtext('ipam.prefix.hierarchy')`, VRF id).
 */
export async function lockHierarchy(trx: Knex.Transaction, vrfIds: unknown[]): Promise<void> {
  const keys = [...new Set(vrfIds.map((v) => Number(v ?? 0)))].sort((a, b) => a - b);
  for (const key of keys) await advisoryLock(trx, 'ipam.prefix.hierarchy', key);
}

/** After a save: the new place, and the old one if the network or VRF moved (NetBox's handle_prefix_saved). */
export async function afterPrefixSaved(trx: Knex.Transaction, row: Record<string, unknown>, prev: Record<string, unknown> | null): Promise<void> {
  const moved = prev && (String(prev.prefix) !== String(row.prefix) || String(prev.vrf_id ?? '') !== String(row.vrf_id ?? ''));
  if (prev && !moved) return;
  await lockHierarchy(trx, prev ? [row.vrf_id, prev.vrf_id] : [row.vrf_id]);
  await refreshBranch(trx, String(row.prefix), row.vrf_id);
  if (prev) await refreshBranch(trx, String(prev.prefix), prev.vrf_id);
}
