import { choice, defineFilterSet, method, relation, type Knex } from '@patchbay/core';
import { siteScopeFilters } from '@patchbay/plugin-dcim';
import { tenancyFilters } from '@patchbay/plugin-tenancy';
import { VLAN } from '../models/vlan.js';
import { VLANGroup } from '../models/vlan-group.js';
import { Role } from '../models/role.js';
import { VLANQinQRoleChoices, VLANStatusChoices } from '../choices/vlans.js';
import { whereAvailableAtSite, whereAvailableOnDevice } from './vlan-availability.js';
import { vlanVidFilter } from './vid-filter.js';

/** VLANs assigned to the interface, tagged or untagged (NetBox's filter_interface_id). */
const interfaceId = method('number', (qb, values) => {
  const ids = values.map((v) => Math.trunc(Number(v)));
  qb.where((w: Knex.QueryBuilder) => {
    w.whereIn('t.id', (s: Knex.QueryBuilder) => s.select('untagged_vlan_id').from('dcim_interface').whereIn('id', ids))
      .orWhereIn('t.id', (s: Knex.QueryBuilder) => s.select('vlan_id').from('dcim_interface_tagged_vlans').whereIn('interface_id', ids));
  });
}, []);

/** NetBox's VLANFilterSet (4.2), without the L2VPN and virtual machine filters (those apps are not built yet). */
export const vlanFilterSet = defineFilterSet(VLAN, {
  fields: {
    vid: 'number',
    name: 'text',
    description: 'text',
    ...siteScopeFilters(),
    group: relation(() => VLANGroup),
    role: relation(() => Role),
    status: choice(VLANStatusChoices),
    qinq_role: choice(VLANQinQRoleChoices),
    qinq_svlan: relation(() => VLAN, { by: false }),
    qinq_svlan_vid: vlanVidFilter('qinq_svlan_id'),
    available_at_site: method('number', (qb, values) => whereAvailableAtSite(qb, Math.trunc(Number(values[0]))), []),
    available_on_device: method('number', (qb, values) => whereAvailableOnDevice(qb, Math.trunc(Number(values[0]))), []),
    interface_id: interfaceId,
    ...tenancyFilters,
  },
  search: (qb, q) => {
    const v = q.trim();
    qb.where((w: Knex.QueryBuilder) => {
      w.whereRaw('t.name ILIKE ?', [`%${v.replace(/[\\%_]/g, '\\$&')}%`]).orWhereRaw('t.description ILIKE ?', [`%${v.replace(/[\\%_]/g, '\\$&')}%`]);
      if (/^-?\d+$/.test(v) && Math.abs(Number(v)) < 2 ** 31) w.orWhere('t.vid', Number(v));
    });
  },
});
