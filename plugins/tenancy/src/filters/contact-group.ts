import { defineFilterSet, relation } from '@patchbay/core';
import { ContactGroup } from '../models/contact-group.js';

/** NetBox's ContactGroupFilterSet: `parent` is the direct parent, `ancestor` any node above. */
export const contactGroupFilterSet = defineFilterSet(ContactGroup, {
  fields: {
    name: 'text',
    slug: 'text',
    description: 'text',
    parent: relation(() => ContactGroup),
    ancestor: relation(() => ContactGroup, { column: 'parent_id', tree: true }),
  },
  search: ['name', 'slug', 'description'],
});
