import { defineFilterSet, choice } from '@patchbay/core';
import { AccessList } from '../models/access-list.js';
import { AccessListActionChoices, AccessListTypeChoices } from '../choices.js';

export const accessListFilterSet = defineFilterSet(AccessList, {
  fields: {
    name: 'text',
    description: 'text',
    type: choice(AccessListTypeChoices),
    default_action: choice(AccessListActionChoices),
    assigned_object_type: 'text',
    assigned_object_id: 'number',
  },
  search: ['name', 'description', 'comments'],
});
