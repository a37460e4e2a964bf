/**
 * @patchbay/plugin-virtualization — NetBox's virtualization app: cluster types and groups,
 * clusters (scoped like NetBox 4.2's, through dcim's cached-scope helper), virtual machines, their
 * interfaces and virtual disks. Adds `cluster` to dcim's devices and VM/cluster counts to tenants
 * and sites. Built only on @patchbay/core's public API and the plugins it depends on.
 */
import { definePlugin, defineResource } from '@patchbay/core';
import { ClusterType } from './models/cluster-type.js';
import { ClusterGroup } from './models/cluster-group.js';
import { Cluster } from './models/cluster.js';
import { VirtualMachine } from './models/virtual-machine.js';
import { VMInterface } from './models/vm-interface.js';
import { VirtualDisk } from './models/virtual-disk.js';
import { clusterTypeSerializer } from './serializers/cluster-type.js';
import { clusterGroupSerializer } from './serializers/cluster-group.js';
import { clusterSerializer } from './serializers/cluster.js';
import { virtualMachineSerializer } from './serializers/virtual-machine.js';
import { vmInterfaceSerializer } from './serializers/vm-interface.js';
import { virtualDiskSerializer } from './serializers/virtual-disk.js';
import { clusterTypeFilterSet } from './filters/cluster-type.js';
import { clusterGroupFilterSet } from './filters/cluster-group.js';
import { clusterFilterSet } from './filters/cluster.js';
import { virtualMachineFilterSet } from './filters/virtual-machine.js';
import { vmInterfaceFilterSet } from './filters/vm-interface.js';
import { virtualDiskFilterSet } from './filters/virtual-disk.js';
import { virtualMachineWriteHooks } from './services/vm-rules.js';
import { ClusterStatusChoices, VirtualMachineStatusChoices } from './choices.js';
import { searchIndexes } from './search.js';
import { extensions, registerDeviceClusterRule, registerVMInterfaceVlanRules } from './extensions.js';
import { createVirtualizationTables } from './migrations/20260305000100_create_virtualization_tables.js';
import { vmInterfaceIpamCleanup } from './migrations/20260305000200_vminterface_ipam_cleanup.js';

export { ClusterType, ClusterGroup, Cluster, VirtualMachine, VMInterface, VirtualDisk };
export { ClusterStatusChoices, VirtualMachineStatusChoices };

export const virtualizationPlugin = definePlugin({
  name: 'virtualization',
  version: '0.1.0',
  description: 'Clusters, virtual machines, their interfaces and disks.',
  author: 'Patchbay',
  compatibility: '>=0.1.0 <1.0.0',
  dependsOn: ['tenancy', 'dcim', 'ipam'],
  mount: 'virtualization',
  models: [ClusterType, ClusterGroup, Cluster, VirtualMachine, VMInterface, VirtualDisk],
  resources: [
    defineResource({ slug: 'cluster-types', model: ClusterType, serializer: clusterTypeSerializer, filterSet: clusterTypeFilterSet }),
    defineResource({ slug: 'cluster-groups', model: ClusterGroup, serializer: clusterGroupSerializer, filterSet: clusterGroupFilterSet }),
    defineResource({ slug: 'clusters', model: Cluster, serializer: clusterSerializer, filterSet: clusterFilterSet }),
    defineResource({
      slug: 'virtual-machines', model: VirtualMachine, serializer: virtualMachineSerializer, filterSet: virtualMachineFilterSet,
      hooks: virtualMachineWriteHooks,
    }),
    defineResource({ slug: 'interfaces', model: VMInterface, serializer: vmInterfaceSerializer, filterSet: vmInterfaceFilterSet }),
    defineResource({ slug: 'virtual-disks', model: VirtualDisk, serializer: virtualDiskSerializer, filterSet: virtualDiskFilterSet }),
  ],
  searchIndexes,
  choices: [ClusterStatusChoices, VirtualMachineStatusChoices],
  migrations: {
    '20260305000100_create_virtualization_tables': createVirtualizationTables,
    '20260305000200_vminterface_ipam_cleanup': vmInterfaceIpamCleanup,
  },
  extends: extensions,
  setup(ctx) {
    registerDeviceClusterRule(ctx);
    registerVMInterfaceVlanRules(ctx);
  },
});

export default virtualizationPlugin;
