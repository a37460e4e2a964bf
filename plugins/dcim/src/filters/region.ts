import { defineFilterSet, relation } from '@patchbay/core';
import { contactFilters } from '@patchbay/plugin-tenancy';
import { Region } from '../models/region.js';

/** NetBox's RegionFilterSet: parent (direct), ancestor (anywhere above), name/slug/description. */
export const regionFilterSet = defineFilterSet(Region, {
  fields: {
    name: 'text',
    slug: 'text',
    description: 'text',
    parent: relation(() => Region),
    // NetBox's TreeNodeMultipleChoiceFilter on `parent`: every node strictly below the given ones.
    ancestor: relation(() => Region, { column: 'parent_id', tree: true }),
    ...contactFilters('dcim.region'),
  },
  search: ['name', 'slug', 'description'],
});
