import { defineEventType } from '@patchbay/core';

/** Announced after an access list's rules were renumbered (see routes/renumber.ts). */
export const rulesRenumbered = defineEventType({ name: 'acl.rules_renumbered', text: 'Access list rules renumbered', kind: 'info' });
