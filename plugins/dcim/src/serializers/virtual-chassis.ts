import { defineSerializer, field } from '@patchbay/core';
import { VirtualChassis } from '../models/virtual-chassis.js';
import { Device } from '../models/device.js';

/** Virtual chassis in the reference's key order, with the member count and the members themselves. */
export const virtualChassisSerializer = defineSerializer(VirtualChassis, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'domain', 'master', 'description', 'comments', 'tags', 'custom_fields',
    'created', 'last_updated', 'member_count', 'members',
  ],
  brief: ['id', 'url', 'display', 'name', 'master', 'description', 'member_count'],
  extraFields: { member_count: field.count(() => Device, 'virtual_chassis_id') },
});
