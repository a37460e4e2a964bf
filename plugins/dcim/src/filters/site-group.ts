import { defineFilterSet, relation } from '@patchbay/core';
import { contactFilters } from '@patchbay/plugin-tenancy';
import { SiteGroup } from '../models/site-group.js';

/** NetBox's SiteGroupFilterSet: parent (direct), ancestor (anywhere above), name/slug/description. */
export const siteGroupFilterSet = defineFilterSet(SiteGroup, {
  fields: {
    name: 'text',
    slug: 'text',
    description: 'text',
    parent: relation(() => SiteGroup),
    // NetBox's TreeNodeMultipleChoiceFilter on `parent`: every node strictly below the given ones.
    ancestor: relation(() => SiteGroup, { column: 'parent_id', tree: true }),
    ...contactFilters('dcim.sitegroup'),
  },
  search: ['name', 'slug', 'description'],
});
