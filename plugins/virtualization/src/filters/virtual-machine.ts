import { choice, defineFilterSet, method, relation, type Knex } from '@patchbay/core';
import { IPAddress } from '@patchbay/plugin-ipam';
import { contactFilters, tenancyFilters } from '@patchbay/plugin-tenancy';
import { Device, DeviceRole, Platform, siteScopeFilters } from '@patchbay/plugin-dcim';
import { VirtualMachine } from '../models/virtual-machine.js';
import { Cluster } from '../models/cluster.js';
import { ClusterGroup } from '../models/cluster-group.js';
import { ClusterType } from '../models/cluster-type.js';
import { VirtualMachineStatusChoices } from '../choices.js';
import { countOf, iexactText, isSet } from '@patchbay/plugin-dcim';
import { macAddressFilter } from './helpers.js';

/** `has_primary_ip`: either primary address set (NetBox's _has_primary_ip). */
const hasPrimaryIp = method('boolean', (qb, values) => {
  const set = '(t.primary_ip4_id IS NOT NULL OR t.primary_ip6_id IS NOT NULL)';
  qb.whereRaw(values[0] ? set : `NOT ${set}`);
}, []);

/** NetBox's `q`: name, description, comments, serial (contains) or a primary IP starting with the text. */
function search(qb: Knex.QueryBuilder, q: string): void {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const ipStarts = (s: Knex.QueryBuilder) => s.select('id').from('ipam_ipaddress').whereRaw('address::text LIKE ?', [`${like.slice(1)}`]);
  qb.where((w) => w.orWhere('t.name', 'ilike', like).orWhere('t.description', 'ilike', like).orWhere('t.comments', 'ilike', like)
    .orWhere('t.serial', 'ilike', like).orWhereIn('t.primary_ip4_id', ipStarts).orWhereIn('t.primary_ip6_id', ipStarts));
}

const viaCluster = (column: string) => ({ column: 'cluster_id', through: [{ table: 'virtualization_cluster', column }] });

/**
 * NetBox 4.2's VirtualMachineFilterSet without config_template_id (extras does not exist yet): placement (site scope, cluster and its group and type,
 * host device), role, platform, resources, counters, MAC addresses, primary IPs, tenancy and contacts.
 */
export const virtualMachineFilterSet = defineFilterSet(VirtualMachine, {
  fields: {
    name: iexactText('name'),
    description: 'text',
    serial: 'text',
    status: choice(VirtualMachineStatusChoices),
    cluster_group: relation(() => ClusterGroup, viaCluster('group_id')),
    cluster_type: relation(() => ClusterType, viaCluster('type_id')),
    cluster: relation(() => Cluster, { by: 'name' }),
    device: relation(() => Device, { by: 'name' }),
    ...siteScopeFilters(),
    role: relation(() => DeviceRole),
    platform: relation(() => Platform),
    vcpus: 'number',
    memory: 'number',
    disk: 'number',
    interface_count: countOf('virtualization_vminterface', 'virtual_machine_id'),
    virtual_disk_count: countOf('virtualization_virtualdisk', 'virtual_machine_id'),
    mac_address: macAddressFilter('i.virtual_machine_id'),
    local_context_data: isSet('local_context_data'),
    primary_ip4: relation(() => IPAddress, { by: false }),
    primary_ip6: relation(() => IPAddress, { by: false }),
    has_primary_ip: hasPrimaryIp,
    ...tenancyFilters,
    ...contactFilters('virtualization.virtualmachine'),
  },
  search,
});
