import { defineSerializer, field } from '@patchbay/core';
import { VLANTranslationPolicy } from '../models/vlan-translation-policy.js';
import { VLANTranslationRule } from '../models/vlan-translation-rule.js';

/**
 * Translation policies in NetBox 4.2's key order. `rules` lists each rule in full (NetBox nests
 * the whole rule serializer): a read-only many field over the rules table, loaded in one query.
 */
export const vlanTranslationPolicySerializer = defineSerializer(VLANTranslationPolicy, {
  fields: ['id', 'url', 'display', 'name', 'description', 'rules'],
  brief: ['id', 'url', 'display', 'name', 'description'],
  extraFields: {
    rules: {
      ...field.many(() => VLANTranslationRule, { table: 'ipam_vlantranslationrule', from: 'policy_id', to: 'id' }),
      readOnly: true,
    },
  },
});
