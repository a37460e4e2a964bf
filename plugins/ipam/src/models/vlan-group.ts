/**
 * A VLAN group (NetBox 4.2's VLANGroup): a set of VLANs within which VIDs and names are unique,
 * optionally scoped to a region, site group, site, location, rack, cluster group or cluster, with
 * the VIDs it allows as Postgres `int4range[]` (`vid_ranges`, shown as inclusive `[lower, upper]`
 * pairs). `_total_vlan_ids` and `_vlan_count` are kept by triggers (see the migration) so
 * `utilization` renders from the row alone.
 */
import { OrganizationalModel, field, type FieldMap, type HookContext } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { VLAN } from './vlan.js';
import { vidRangesField } from './vid-ranges.js';
import { cleanVLANGroup } from '../services/vlan-rules.js';

/** Object types a VLAN group may be scoped to (NetBox's VLANGROUP_SCOPE_TYPES). */
export const VLANGROUP_SCOPE_TYPES = [
  'dcim.region', 'dcim.sitegroup', 'dcim.site', 'dcim.location', 'dcim.rack',
  'virtualization.clustergroup', 'virtualization.cluster',
];

/** NetBox's utilization: vlan_count × 100 / _total_vlan_ids rounded to 2 places, rendered as Python's str(float). */
export function utilizationOf(row: Record<string, unknown>): string {
  const total = Number(row._total_vlan_ids ?? 0);
  const n = total > 0 ? Math.round((Number(row._vlan_count ?? 0) * 100 * 100) / total) / 100 : 0;
  return Number.isInteger(n) ? `${n}.0` : String(n);
}

export class VLANGroup extends OrganizationalModel {
  static override tableName = 'ipam_vlangroup';
  static override label = 'ipam.vlangroup';
  static override verboseName = 'VLAN group';
  static override verboseNamePlural = 'VLAN groups';
  static override ordering = ['name'];
  static override uniqueTogether = [
    { fields: ['scope_type', 'scope_id', 'name'], message: 'VLAN group with this Scope type, Scope id and Name already exists.' },
    { fields: ['scope_type', 'scope_id', 'slug'], message: 'VLAN group with this Scope type, Scope id and Slug already exists.' },
  ];
  static override fields: FieldMap = {
    // Not unique on their own: NetBox makes them unique per scope.
    name: field.string({ maxLength: 100, required: true }),
    slug: field.slug(),
    scope_type: field.genericType({ nullable: true, default: null, allowedTypes: () => VLANGROUP_SCOPE_TYPES }),
    scope_id: field.genericId({ nullable: true, default: null }),
    // Deleted by ipam's pre_delete signal when the scope is deleted itself.
    scope: field.generic('scope_type', 'scope_id', { allowedTypes: () => VLANGROUP_SCOPE_TYPES, onDelete: 'cascade', cascadeFrom: () => 'direct' }),
    vid_ranges: vidRangesField(),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    vlan_count: field.count(() => VLAN, 'group_id'),
    utilization: field.computed(utilizationOf, { schema: { type: 'string' } }),
  };

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await cleanVLANGroup(row, prev, ctx);
  }
}
