import { defineFilterSet, relation } from '@patchbay/core';
import { VirtualDisk } from '../models/virtual-disk.js';
import { VirtualMachine } from '../models/virtual-machine.js';

/** NetBox 4.2's VirtualDiskFilterSet. */
export const virtualDiskFilterSet = defineFilterSet(VirtualDisk, {
  fields: {
    name: 'text',
    description: 'text',
    size: 'number',
    virtual_machine: relation(() => VirtualMachine, { by: 'name' }),
  },
  search: ['name', 'description'],
});
