import { choice, defineFilterSet } from '@patchbay/core';
import { CustomLink } from '../models/custom-link.js';
import { CustomLinkButtonClassChoices } from '../choices.js';
import { objectTypesFilters } from '../object-types.js';

/** CustomLinkFilterSet: `q` searches name, link text, link URL and group name. */
export const customLinkFilterSet = defineFilterSet(CustomLink, {
  fields: {
    ...objectTypesFilters('extras_customlink_object_types', 'customlink_id'),
    name: 'text',
    enabled: 'boolean',
    link_text: 'text',
    link_url: 'text',
    weight: 'number',
    group_name: 'text',
    new_window: 'boolean',
    button_class: choice(CustomLinkButtonClassChoices),
  },
  search: ['name', 'link_text', 'link_url', 'group_name'],
});
