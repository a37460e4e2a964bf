/**
 * The filter kind NetBox's virtualization filter sets need beyond core's and dcim's (dcim exports
 * `iexactText`, `countOf`, `isSet`): MAC address matches through dcim_macaddress.
 */
import { method, type FilterDef, type Knex } from '@patchbay/core';

const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const TEXT_LOOKUPS = ['n', 'ic', 'nic', 'iew', 'niew', 'isw', 'nisw', 'ie', 'nie', 'empty'];

/**
 * MAC addresses assigned to VM interfaces (NetBox's MultiValueMACAddressFilter on
 * `mac_addresses__mac_address`): `ids` selects, from the matching VM interfaces' rows, the column
 * to compare with `t.id` (the interface itself, or its VM).
 */
export function macAddressFilter(select: 'i.id' | 'i.virtual_machine_id'): FilterDef {
  return method('text', (qb, values, lookup, negate) => {
    const sub = (q: Knex.QueryBuilder) => {
      q.select(select).from('virtualization_vminterface as i')
        .join('dcim_macaddress as m', (j) => j.on('m.assigned_object_id', 'i.id').andOnVal('m.assigned_object_type', 'virtualization.vminterface'))
        .where((w) => {
          for (const raw of values) {
            const v = likeEscape(String(raw));
            if (lookup === 'ic' || lookup === 'nic') w.orWhereRaw('m.mac_address::text ILIKE ?', [`%${v}%`]);
            else if (lookup === 'isw' || lookup === 'nisw') w.orWhereRaw('m.mac_address::text ILIKE ?', [`${v}%`]);
            else if (lookup === 'iew' || lookup === 'niew') w.orWhereRaw('m.mac_address::text ILIKE ?', [`%${v}`]);
            else w.orWhereRaw('lower(m.mac_address::text) = lower(?)', [String(raw)]);
          }
        });
    };
    if (negate) qb.whereNotIn('t.id', sub);
    else qb.whereIn('t.id', sub);
  }, ['n', 'ic', 'nic', 'iew', 'niew', 'isw', 'nisw', 'ie', 'nie']);
}
