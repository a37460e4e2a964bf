/**
 * NetBox's VLANQuerySet.get_for_site / get_for_device in SQL: the VLANs usable at a site or on a
 * device — those in groups scoped to it (its site, the site's region and site group and their
 * ancestors, the device's location and its ancestors, its rack), those assigned to its site, and
 * the global ones (no site, and no group or a group without scope). Trees use the `_path` arrays.
 */
import type { Knex } from '@patchbay/core';

/** VLANs usable anywhere (`t` = ipam_vlan): no site, and no group or a group without scope. */
export const GLOBAL_VLANS = `(t.site_id IS NULL AND (t.group_id IS NULL OR t.group_id IN (SELECT id FROM ipam_vlangroup WHERE scope_id IS NULL)))`;

/** Groups `g` scoped to the site `s` (a `dcim_site` alias in the surrounding SQL), its region and site group trees. */
export const SITE_SCOPES = `
  (g.scope_type = 'dcim.site' AND g.scope_id = s.id)
  OR (g.scope_type = 'dcim.region' AND g.scope_id IN (SELECT unnest(_path) FROM dcim_region WHERE id = s.region_id))
  OR (g.scope_type = 'dcim.sitegroup' AND g.scope_id IN (SELECT unnest(_path) FROM dcim_sitegroup WHERE id = s.group_id))`;

/** `available_at_site`: VLANs usable at the given site. */
export function whereAvailableAtSite(qb: Knex.QueryBuilder, siteId: number): void {
  qb.whereRaw(`(t.group_id IN (SELECT g.id FROM ipam_vlangroup g JOIN dcim_site s ON s.id = ? WHERE ${SITE_SCOPES})
    OR t.site_id = ? OR ${GLOBAL_VLANS})`, [siteId, siteId]);
}

/** `available_on_device`: VLANs usable on the given device (its site's, plus location and rack scopes). */
export function whereAvailableOnDevice(qb: Knex.QueryBuilder, deviceId: number): void {
  qb.whereRaw(`(t.group_id IN (
      SELECT g.id FROM ipam_vlangroup g JOIN dcim_device d ON d.id = ? JOIN dcim_site s ON s.id = d.site_id
      WHERE ${SITE_SCOPES}
        OR (g.scope_type = 'dcim.location' AND g.scope_id IN (SELECT unnest(_path) FROM dcim_location WHERE id = d.location_id))
        OR (g.scope_type = 'dcim.rack' AND g.scope_id = d.rack_id))
    OR t.site_id = (SELECT site_id FROM dcim_device WHERE id = ?) OR ${GLOBAL_VLANS})`, [deviceId, deviceId]);
}
