/**
 * What virtualization adds to IPAM's VLAN filter set (ipam cannot read our tables):
 * `available_on_virtualmachine` (NetBox's VLANQuerySet.get_for_virtualmachine) and `vminterface_id`
 * (VLANs untagged or tagged on the given VM interfaces).
 */
import { method, type FilterDef } from '@patchbay/core';
import { GLOBAL_VLANS, SITE_SCOPES } from '@patchbay/plugin-ipam';

/** The VM's site: its own, else its cluster's (cached scope). */
const VM_SITE = `SELECT COALESCE(vm.site_id, c._site_id) FROM virtualization_virtualmachine vm
  LEFT JOIN virtualization_cluster c ON c.id = vm.cluster_id WHERE vm.id = ?`;

/**
 * VLANs usable on a VM: groups scoped to its cluster, the cluster's group, the cluster's location
 * and its ancestors, the VM's site and that site's region and site group trees; VLANs of that
 * site; and the global ones.
 */
export const availableOnVirtualMachine: FilterDef = method('number', (qb, values) => {
  const vm = Math.trunc(Number(values[0]));
  qb.whereRaw(`(t.group_id IN (
      SELECT g.id FROM ipam_vlangroup g
        JOIN virtualization_virtualmachine vm ON vm.id = ?
        LEFT JOIN virtualization_cluster c ON c.id = vm.cluster_id
        LEFT JOIN dcim_site s ON s.id = COALESCE(vm.site_id, c._site_id)
      WHERE (g.scope_type = 'virtualization.cluster' AND g.scope_id = c.id)
         OR (g.scope_type = 'virtualization.clustergroup' AND g.scope_id = c.group_id)
         OR (g.scope_type = 'dcim.location' AND g.scope_id IN (SELECT unnest(_path) FROM dcim_location WHERE id = c._location_id))
         OR ${SITE_SCOPES})
    OR t.site_id = (${VM_SITE}) OR ${GLOBAL_VLANS})`, [vm, vm]);
}, []);

/** VLANs untagged or tagged on the given VM interfaces. */
export const onVmInterface: FilterDef = method('number', (qb, values, _lookup, negate) => {
  const ids = values.map((v) => Math.trunc(Number(v)));
  const sql = `(t.id IN (SELECT untagged_vlan_id FROM virtualization_vminterface WHERE id = ANY(?::bigint[]))
    OR t.id IN (SELECT vlan_id FROM virtualization_vminterface_tagged_vlans WHERE vminterface_id = ANY(?::bigint[])))`;
  qb.whereRaw(negate ? `NOT ${sql}` : sql, [ids, ids]);
}, ['n']);
