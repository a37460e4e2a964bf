import { defineSerializer } from '@patchbay/core';
import { VirtualDisk } from '../models/virtual-disk.js';

/** VirtualDisk in NetBox 4.2's key order. */
export const virtualDiskSerializer = defineSerializer(VirtualDisk, {
  fields: ['id', 'url', 'display_url', 'display', 'virtual_machine', 'name', 'description', 'size', 'tags', 'custom_fields', 'created', 'last_updated'],
  brief: ['id', 'url', 'display', 'virtual_machine', 'name', 'size', 'description'],
});
