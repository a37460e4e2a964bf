import { defineSerializer, field } from '@patchbay/core';
import { Device } from '../models/device.js';
import { Platform } from '../models/platform.js';

/** Platforms with their manufacturer and device count (config templates and VMs belong to other plugins). */
export const platformSerializer = defineSerializer(Platform, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'slug', 'manufacturer', 'description', 'tags', 'custom_fields',
    'created', 'last_updated', 'device_count',
  ],
  brief: ['id', 'url', 'display', 'name', 'slug', 'description', 'device_count'],
  extraFields: { device_count: field.count(() => Device, 'platform_id') },
});
