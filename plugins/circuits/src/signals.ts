/**
 * In-transaction hooks of the circuits app: a circuit's group assignments go with it (NetBox's
 * GenericRelation cascade), and a termination's cached region, site group and site follow the
 * site or location it terminates at when that object moves (so the scope filters stay true).
 */
import type { PluginContext } from '@patchbay/core';
import { CIRCUIT_GROUP_MEMBER_TYPES } from './models/circuit-group-assignment.js';

const TERMINATIONS = 'circuits_circuittermination';

export function registerCircuitSignals({ signals }: PluginContext): void {
  for (const model of CIRCUIT_GROUP_MEMBER_TYPES)
    signals.on('pre_delete', async ({ row, trx }) => {
      await trx('circuits_circuitgroupassignment').where({ member_type: model, member_id: row.id as number }).delete();
    }, { model });

  signals.on('post_save', async ({ row, prev, trx }) => {
    if (!prev || (String(prev.region_id) === String(row.region_id) && String(prev.group_id) === String(row.group_id))) return;
    await trx(TERMINATIONS).where('_site_id', row.id as number).update({ _region_id: row.region_id ?? null, _site_group_id: row.group_id ?? null });
  }, { model: 'dcim.site' });

  signals.on('post_save', async ({ row, prev, trx }) => {
    if (!prev || String(prev.site_id) === String(row.site_id)) return;
    const site = await trx('dcim_site').select('region_id', 'group_id').where('id', row.site_id as number).first();
    await trx(TERMINATIONS).where('_location_id', row.id as number)
      .update({ _site_id: row.site_id, _region_id: site?.region_id ?? null, _site_group_id: site?.group_id ?? null });
  }, { model: 'dcim.location' });
}
