/** Global search over the virtualization models, with NetBox 4.2's weights (virtualization/search.py). */
import { defineSearchIndex } from '@patchbay/core';
import { ClusterType } from './models/cluster-type.js';
import { ClusterGroup } from './models/cluster-group.js';
import { Cluster } from './models/cluster.js';
import { VirtualMachine } from './models/virtual-machine.js';
import { VMInterface } from './models/vm-interface.js';
import { VirtualDisk } from './models/virtual-disk.js';

export const searchIndexes = [
  defineSearchIndex(Cluster, {
    fields: { name: 100, description: 500, comments: 5000 },
    display: ['type', 'group', 'status', 'tenant', 'description'],
  }),
  defineSearchIndex(ClusterGroup, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] }),
  defineSearchIndex(ClusterType, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] }),
  defineSearchIndex(VirtualMachine, {
    fields: { name: 100, serial: 60, description: 500, comments: 5000 },
    display: ['site', 'cluster', 'device', 'status', 'serial', 'role', 'tenant', 'platform', 'description'],
  }),
  defineSearchIndex(VMInterface, {
    fields: { name: 100, description: 500 },
    display: ['virtual_machine', 'description'],
  }),
  defineSearchIndex(VirtualDisk, { fields: { name: 100, description: 500 }, display: ['virtual_machine', 'size', 'description'] }),
];
