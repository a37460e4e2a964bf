import { defineSerializer, field } from '@patchbay/core';
import { Device } from '@patchbay/plugin-dcim';
import { Cluster } from '../models/cluster.js';
import { VirtualMachine } from '../models/virtual-machine.js';

/**
 * Cluster in NetBox 4.2's key order: scope as type + id + the brief object, host and VM counts,
 * and the resources its VMs are allocated (sums over its VMs; null when none has a value).
 */
export const clusterSerializer = defineSerializer(Cluster, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'type', 'group', 'status', 'tenant', 'scope_type', 'scope_id', 'scope',
    'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
    'device_count', 'virtualmachine_count', 'allocated_vcpus', 'allocated_memory', 'allocated_disk',
  ],
  brief: ['id', 'url', 'display', 'name', 'description', 'virtualmachine_count'],
  extraFields: {
    device_count: field.count(() => Device, 'cluster_id'),
    virtualmachine_count: field.count(() => VirtualMachine, 'cluster_id'),
    allocated_vcpus: field.count(() => VirtualMachine, 'cluster_id', { sum: 'vcpus', schema: { type: 'number', format: 'double', readOnly: true, nullable: true } }),
    allocated_memory: field.count(() => VirtualMachine, 'cluster_id', { sum: 'memory', schema: { type: 'integer', readOnly: true, nullable: true } }),
    allocated_disk: field.count(() => VirtualMachine, 'cluster_id', { sum: 'disk', schema: { type: 'integer', readOnly: true, nullable: true } }),
  },
});
