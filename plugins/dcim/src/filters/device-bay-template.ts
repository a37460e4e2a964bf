import { defineFilterSet } from '@patchbay/core';
import { DeviceBayTemplate } from '../models/device-bay-template.js';
import { templateFilters, templateSearch } from './type-filters.js';

/** Device bay templates filter by device type, name and label. */
export const deviceBayTemplateFilterSet = defineFilterSet(DeviceBayTemplate, {
  fields: {
    ...templateFilters(false),
  },
  search: templateSearch,
});
