import { defineFilterSet } from '@patchbay/core';
import { contactFilters } from '@patchbay/plugin-tenancy';
import { Manufacturer } from '../models/manufacturer.js';

/** Manufacturers filter by name, slug, description and their contacts (NetBox's ContactModelFilterSet). */
export const manufacturerFilterSet = defineFilterSet(Manufacturer, {
  fields: { name: 'text', slug: 'text', description: 'text', ...contactFilters('dcim.manufacturer') },
  search: ['name', 'slug', 'description'],
});
