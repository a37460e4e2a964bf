import { defineSerializer } from '@patchbay/core';
import { Service } from '../models/service.js';

/**
 * Services in NetBox 4.2's key order. `virtual_machine` (after `device`) is added by the
 * virtualization plugin, which owns virtual machines.
 */
export const serviceSerializer = defineSerializer(Service, {
  fields: [
    'id', 'url', 'display_url', 'display', 'device', 'name', 'protocol', 'ports', 'ipaddresses', 'description',
    'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'protocol', 'ports', 'description'],
});
