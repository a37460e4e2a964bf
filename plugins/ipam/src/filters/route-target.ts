import { defineFilterSet, relation } from '@patchbay/core';
import { tenancyFilters } from '@patchbay/plugin-tenancy';
import { RouteTarget } from '../models/route-target.js';
import { VRF } from '../models/vrf.js';

/** A route target ↔ VRF link filter: `<name>_id` by VRF id, `<name>` by the VRF's RD. */
const vrfFilter = (table: string) =>
  relation(() => VRF, { column: 'id', by: 'rd', through: [{ table, select: 'routetarget_id', column: 'vrf_id' }] });

/** NetBox's RouteTargetFilterSet (the L2VPN filters wait for a VPN plugin). */
export const routeTargetFilterSet = defineFilterSet(RouteTarget, {
  fields: {
    name: 'text',
    description: 'text',
    importing_vrf: vrfFilter('ipam_vrf_import_targets'),
    exporting_vrf: vrfFilter('ipam_vrf_export_targets'),
    ...tenancyFilters,
  },
  search: ['name', 'description'],
});
