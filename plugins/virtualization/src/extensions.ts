/**
 * What virtualization adds to other plugins: a device's `cluster` (column added by this plugin's
 * migration) with its filters and NetBox's Device.clean() cluster rule, the VM and cluster counts
 * NetBox shows on tenants and sites, a service's virtual machine, IP address and MAC address
 * filters by VM; and
 * IPAM's 802.1Q rules applied to VM interfaces.
 */
import { ValidationError, field, method, relation, type Knex, type PluginContext, type PluginExtensions } from '@patchbay/core';
import { enforceInterfaceVlans, ipAddressVirtualizationFilters } from '@patchbay/plugin-ipam';
import { Cluster } from './models/cluster.js';
import { ClusterGroup } from './models/cluster-group.js';
import { VirtualMachine } from './models/virtual-machine.js';
import { availableOnVirtualMachine, onVmInterface } from './filters/vlan-filters.js';

/** `virtual_machine` (names) / `virtual_machine_id`: FHRP assignments of those VMs' interfaces (NetBox 4.2). */
const fhrpVmFilter = (by: 'id' | 'name') => method(by === 'id' ? 'number' : 'text', (qb, values) => {
  qb.where('t.interface_type', 'virtualization.vminterface').whereIn('t.interface_id', (sub: Knex.QueryBuilder) => sub
    .select('i.id').from('virtualization_vminterface as i')
    .whereIn('i.virtual_machine_id', (v: Knex.QueryBuilder) => v.select('id').from('virtualization_virtualmachine').whereIn(by, values as string[])));
}, []);

/** MAC addresses assigned to the VM interfaces `interfaces` selects (NetBox 4.2's MACAddressFilterSet). */
const macOnVmInterfaces = (kind: 'number' | 'text', interfaces: (sub: Knex.QueryBuilder, values: unknown[]) => void, lookups: string[] = []) =>
  method(kind, (qb, values, _lookup, negate) => {
    const ids = (sub: Knex.QueryBuilder) => interfaces(sub.select('id').from('virtualization_vminterface'), values);
    qb.where((w) => {
      const on = (x: Knex.QueryBuilder) => x.where('t.assigned_object_type', 'virtualization.vminterface').whereIn('t.assigned_object_id', ids);
      if (negate) w.whereNot(on).orWhereNull('t.assigned_object_id');
      else on(w);
    });
  }, lookups);

const macFilters = {
  virtual_machine: macOnVmInterfaces('text', (sub, names) =>
    void sub.whereIn('virtual_machine_id', (v: Knex.QueryBuilder) => v.select('id').from('virtualization_virtualmachine').whereIn('name', names as string[]))),
  virtual_machine_id: macOnVmInterfaces('number', (sub, ids) => void sub.whereIn('virtual_machine_id', ids as number[])),
  vminterface: macOnVmInterfaces('text', (sub, names) => void sub.whereIn('name', names as string[]), ['n']),
  vminterface_id: macOnVmInterfaces('number', (sub, ids) => void sub.whereIn('id', ids as number[]), ['n']),
};

export const extensions: PluginExtensions = {
  serializerFields: [
    // Reference order: after oob_ip when IPAM shows it, else where oob_ip would be (after airflow).
    { model: 'dcim.device', name: 'cluster', spec: field.related(() => Cluster, { nullable: true, default: null, onDelete: 'set_null' }), after: ['oob_ip', 'airflow'] },
    { model: 'tenancy.tenant', name: 'virtualmachine_count', spec: field.count(() => VirtualMachine, 'tenant_id'), after: 'site_count' },
    { model: 'tenancy.tenant', name: 'cluster_count', spec: field.count(() => Cluster, 'tenant_id'), after: ['vrf_count', 'vlan_count', 'virtualmachine_count'] },
    { model: 'dcim.site', name: 'virtualmachine_count', spec: field.count(() => VirtualMachine, 'site_id'), after: 'rack_count' },
    { model: 'dcim.devicerole', name: 'virtualmachine_count', spec: field.count(() => VirtualMachine, 'role_id'), after: 'device_count', brief: true },
    { model: 'dcim.platform', name: 'virtualmachine_count', spec: field.count(() => VirtualMachine, 'platform_id'), after: 'device_count', brief: true },
    // NetBox 4.2's Service: a device or a virtual machine (IPAM keeps the column, the FK is ours).
    { model: 'ipam.service', name: 'virtual_machine', spec: field.related(() => VirtualMachine, { nullable: true, default: null, onDelete: 'cascade' }), after: 'device' },
  ],
  filters: [
    {
      model: 'dcim.device',
      filters: {
        cluster: relation(() => Cluster, { by: false }),
        cluster_group: relation(() => ClusterGroup, { column: 'cluster_id', through: [{ table: 'virtualization_cluster', column: 'group_id' }] }),
      },
    },
    // IPAM wrote these (they read our tables); an IP address is filtered by its VM or VM interface.
    { model: 'ipam.ipaddress', filters: ipAddressVirtualizationFilters() },
    { model: 'ipam.service', filters: { virtual_machine: relation(() => VirtualMachine, { by: 'name' }) } },
    { model: 'dcim.macaddress', filters: macFilters },
    { model: 'ipam.fhrpgroupassignment', filters: { virtual_machine: fhrpVmFilter('name'), virtual_machine_id: fhrpVmFilter('id') } },
    { model: 'ipam.vlan', filters: { available_on_virtualmachine: availableOnVirtualMachine, vminterface_id: onVmInterface } },
  ],
};

/**
 * NetBox's InterfaceSerializer.validate() and BaseInterface.clean()/save() for a VM interface's
 * VLANs, through IPAM's shared rules: after the row and its tagged VLANs are written.
 */
export function registerVMInterfaceVlanRules(ctx: PluginContext): void {
  ctx.signals.on('post_save', async ({ row, trx }) => {
    const vm = await trx('virtualization_virtualmachine').select('site_id').where('id', row.virtual_machine_id as number).first();
    await enforceInterfaceVlans(trx, {
      row,
      tagged: { table: 'virtualization_vminterface_tagged_vlans', from: 'vminterface_id', to: 'vlan_id' },
      parentSiteId: vm?.site_id == null ? null : Number(vm.site_id),
      parentNoun: 'virtual machine',
    });
  }, { model: 'virtualization.vminterface' });
}

/** NetBox's Device.clean(): a device in a cluster scoped to a site (or location) must be there too. */
export function registerDeviceClusterRule(ctx: PluginContext): void {
  ctx.signals.on('pre_save', async ({ row, trx }) => {
    if (row.cluster_id == null) return;
    const cluster = await trx('virtualization_cluster').where('id', row.cluster_id as number).first();
    if (!cluster) return;
    if (cluster._site_id != null && Number(cluster._site_id) !== Number(row.site_id)) {
      const site = await trx('dcim_site').select('name').where('id', cluster._site_id).first();
      throw ValidationError.field('cluster', `The assigned cluster belongs to a different site (${site?.name ?? cluster._site_id})`);
    }
    if (cluster._location_id != null && Number(cluster._location_id) !== Number(row.location_id)) {
      const location = await trx('dcim_location').select('name').where('id', cluster._location_id).first();
      throw ValidationError.field('cluster', `The assigned cluster belongs to a different location (${location?.name ?? cluster._location_id})`);
    }
  }, { model: 'dcim.device' });
}
