import { defineFilterSet, relation } from '@patchbay/core';
import { tenancyFilters } from '@patchbay/plugin-tenancy';
import { VRF } from '../models/vrf.js';
import { RouteTarget } from '../models/route-target.js';

/** A VRF ↔ route target link filter: `<name>_id` by target id, `<name>` by target name. */
const targetFilter = (table: string) =>
  relation(() => RouteTarget, { column: 'id', by: 'name', through: [{ table, select: 'vrf_id', column: 'routetarget_id' }] });

/** NetBox's VRFFilterSet. */
export const vrfFilterSet = defineFilterSet(VRF, {
  fields: {
    name: 'text',
    rd: 'text',
    enforce_unique: 'boolean',
    description: 'text',
    import_target: targetFilter('ipam_vrf_import_targets'),
    export_target: targetFilter('ipam_vrf_export_targets'),
    ...tenancyFilters,
  },
  search: ['name', 'rd', 'description'],
});
