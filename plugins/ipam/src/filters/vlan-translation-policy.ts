import { defineFilterSet } from '@patchbay/core';
import { VLANTranslationPolicy } from '../models/vlan-translation-policy.js';

/** NetBox's VLANTranslationPolicyFilterSet. */
export const vlanTranslationPolicyFilterSet = defineFilterSet(VLANTranslationPolicy, {
  fields: { name: 'text', description: 'text' },
  search: ['name', 'description'],
});
