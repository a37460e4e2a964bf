import { defineSerializer, field } from '@patchbay/core';
import { VirtualMachine } from '../models/virtual-machine.js';
import { VMInterface } from '../models/vm-interface.js';
import { VirtualDisk } from '../models/virtual-disk.js';

/** VirtualMachineWithConfigContext in NetBox 4.2's key order, without config_template (extras does not exist yet). */
export const virtualMachineSerializer = defineSerializer(VirtualMachine, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'status', 'site', 'cluster', 'device', 'serial', 'role', 'tenant', 'platform',
    'primary_ip', 'primary_ip4', 'primary_ip6', 'vcpus', 'memory', 'disk', 'description', 'comments', 'local_context_data', 'tags', 'custom_fields', 'config_context',
    'created', 'last_updated', 'interface_count', 'virtual_disk_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
  extraFields: {
    interface_count: field.count(() => VMInterface, 'virtual_machine_id'),
    virtual_disk_count: field.count(() => VirtualDisk, 'virtual_machine_id'),
  },
});
