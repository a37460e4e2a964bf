import { defineFilterSet, method, relation } from '@patchbay/core';
import { DeviceType } from '../models/device-type.js';
import { Manufacturer } from '../models/manufacturer.js';
import { Platform } from '../models/platform.js';

/**
 * Platforms filter by manufacturer and by `available_for_device_type` (NetBox: platforms of the
 * device type's manufacturer, plus those of no manufacturer).
 */
export const platformFilterSet = defineFilterSet(Platform, {
  fields: {
    name: 'text',
    slug: 'text',
    description: 'text',
    manufacturer: relation(() => Manufacturer),
    available_for_device_type: method('number', (qb, values) => {
      qb.where((w) => {
        w.whereNull('t.manufacturer_id').orWhereIn('t.manufacturer_id', (sub) =>
          sub.from(DeviceType.tableName).select('manufacturer_id').whereIn('id', values as number[]));
      });
    }),
  },
  search: ['name', 'slug', 'description'],
});
