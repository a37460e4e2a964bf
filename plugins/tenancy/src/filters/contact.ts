import { defineFilterSet, relation } from '@patchbay/core';
import { Contact } from '../models/contact.js';
import { ContactGroup } from '../models/contact-group.js';

/** NetBox 4.2's ContactFilterSet: `group` / `group_id` match the group's whole subtree. */
export const contactFilterSet = defineFilterSet(Contact, {
  fields: {
    name: 'text',
    title: 'text',
    phone: 'text',
    email: 'text',
    address: 'text',
    link: 'text',
    description: 'text',
    group: relation(() => ContactGroup, { tree: true }),
  },
  search: ['name', 'title', 'phone', 'email', 'address', 'link', 'description', 'comments'],
});
