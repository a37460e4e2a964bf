/** Choice sets of the tenancy plugin (NetBox's tenancy/choices.py). */
import { defineChoices } from '@patchbay/core';

/** How important a contact is for an object it is assigned to. */
export const ContactPriorityChoices = defineChoices('tenancy.ContactAssignment.priority', [
  ['primary', 'Primary'],
  ['secondary', 'Secondary'],
  ['tertiary', 'Tertiary'],
  ['inactive', 'Inactive'],
]);
