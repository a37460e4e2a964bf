import { defineFilterSet, relation } from '@patchbay/core';
import { DeviceBay } from '../models/device-bay.js';
import { Device } from '../models/device.js';
import { componentFilters, componentSearch } from '../services/component-common.js';

/** NetBox's DeviceBayFilterSet: installed_device by id or name. */
export const deviceBayFilterSet = defineFilterSet(DeviceBay, {
  fields: {
    ...componentFilters({ modular: false }),
    installed_device: relation(() => Device, { by: 'name' }),
  },
  search: componentSearch,
});
