import { defineSerializer } from '@patchbay/core';
import { VLANTranslationRule } from '../models/vlan-translation-rule.js';

/** Translation rules in NetBox 4.2's key order; `policy` is shown as its id, as NetBox does. */
export const vlanTranslationRuleSerializer = defineSerializer(VLANTranslationRule, {
  fields: ['id', 'url', 'display', 'policy', 'local_vid', 'remote_vid', 'description'],
  brief: ['id', 'url', 'display', 'policy', 'local_vid', 'remote_vid', 'description'],
});
