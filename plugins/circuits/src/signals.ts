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

  // The moved location's descendants moved with it (dcim moves them in SQL, without signals), so
  // every location termination cached under the old site is derived again from its location.
  signals.on('post_save', async ({ row, prev, trx }) => {
    if (!prev || String(prev.site_id) === String(row.site_id)) return;
    await trx.raw(
      `UPDATE ${TERMINATIONS} t SET _site_id = l.site_id, _region_id = s.region_id, _site_group_id = s.group_id
         FROM dcim_location l JOIN dcim_site s ON s.id = l.site_id
        WHERE t.termination_type = 'dcim.location' AND l.id = t.termination_id AND t._site_id = ?`,
      [prev.site_id as number],
    );
  }, { model: 'dcim.location' });
}
