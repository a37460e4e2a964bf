import { defineSerializer, field } from '@patchbay/core';
import { Device } from '../models/device.js';
import { DeviceRole } from '../models/device-role.js';

/** Device roles with their colour and device count (config templates and VMs belong to other plugins). */
export const deviceRoleSerializer = defineSerializer(DeviceRole, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'color', 'vm_role', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'device_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'device_count'],
  extraFields: { device_count: field.count(() => Device, 'role_id') },
});
