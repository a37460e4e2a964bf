/**
 * In-transaction hooks of the circuits app: a circuit's group assignments go with it (NetBox's
 * GenericRelation cascade). A termination's cached region, site group, site and location follow a
 * moved site or location through dcim's cached-scope sync (registerScopeSync), not here.
 */
import type { PluginContext } from '@patchbay/core';
import { CIRCUIT_GROUP_MEMBER_TYPES } from './models/circuit-group-assignment.js';

/** Registers the circuits app's signal handlers (from the plugin's setup). */
export function registerCircuitSignals({ signals }: PluginContext): void {
  for (const model of CIRCUIT_GROUP_MEMBER_TYPES)
    signals.on('pre_delete', async ({ row, trx }) => {
      await trx('circuits_circuitgroupassignment').where({ member_type: model, member_id: row.id as number }).delete();
    }, { model });
}
