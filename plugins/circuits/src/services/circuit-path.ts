/**
 * What a cable path does at a circuit termination (NetBox's CablePath.from_origin, circuit branch):
 * it goes on from the circuit's other termination; it ends there when that side attaches to a
 * provider network (complete) or to a site, region, … without a cable (incomplete). dcim owns the
 * tracer and cannot import circuits, so circuits registers this step in its setup.
 */
import type { PluginContext } from '@patchbay/core';
import { cablePathObjectRemoved, registerPassThrough, retraceCablePathsAcrossDelete, type PassThroughStep } from '@patchbay/plugin-dcim';

const LABEL = 'circuits.circuittermination';
const TABLE = 'circuits_circuittermination';

/** Registers the circuit step with dcim's path tracer and shortens paths through deleted terminations. */
export function registerCircuitPaths({ signals }: PluginContext): void {
  registerPassThrough(LABEL, {
    table: TABLE,
    async resolve(trx, farEnds, { linkOf }): Promise<PassThroughStep> {
      if (farEnds.length > 1) return { split: true };
      const near = farEnds[0]!.row;
      const peer = await trx(TABLE).select('*')
        .where({ circuit_id: near.circuit_id as number, term_side: near.term_side === 'A' ? 'Z' : 'A' }).first();
      if (!peer) return { stop: true };
      const node = `${LABEL}:${peer.id}`;
      if (peer._provider_network_id != null)
        return { extend: [[node], [`circuits.providernetwork:${peer._provider_network_id}`]], complete: true };
      if (peer.termination_type && peer.termination_id != null && linkOf(peer) === null)
        return { extend: [[node], [`${peer.termination_type}:${peer.termination_id}`]], complete: false };
      return { next: [{ type: LABEL, id: Number(peer.id), row: peer }] };
    },
  });
  signals.on('post_delete', ({ row, trx }) => cablePathObjectRemoved(trx, LABEL, Number(row.id)), { model: LABEL });
  // A deleted circuit takes its terminations with it (cascade, no signals): retrace the paths through them.
  retraceCablePathsAcrossDelete(signals, 'circuits.circuit', async (trx, row) =>
    (await trx(TABLE).where('circuit_id', row.id as number).pluck('id')).map((id: unknown) => `${LABEL}:${id}`));
}
