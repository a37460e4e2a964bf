import { defineFilterSet, relation, type Knex } from '@patchbay/core';
import { VLANTranslationRule } from '../models/vlan-translation-rule.js';
import { VLANTranslationPolicy } from '../models/vlan-translation-policy.js';

/** NetBox's VLANTranslationRuleFilterSet: `policy` by name; `q` matches the policy's name or either VID. */
export const vlanTranslationRuleFilterSet = defineFilterSet(VLANTranslationRule, {
  fields: {
    policy: relation(() => VLANTranslationPolicy, { by: 'name' }),
    local_vid: 'number',
    remote_vid: 'number',
    description: 'text',
  },
  search: (qb, q) => {
    const v = q.trim();
    qb.where((w: Knex.QueryBuilder) => {
      w.whereIn('t.policy_id', (s: Knex.QueryBuilder) => s.select('id').from('ipam_vlantranslationpolicy').whereRaw('name ILIKE ?', [`%${v.replace(/[\\%_]/g, '\\$&')}%`]));
      if (/^-?\d+$/.test(v) && Math.abs(Number(v)) < 2 ** 31) w.orWhere('t.local_vid', Number(v)).orWhere('t.remote_vid', Number(v));
    });
  },
});
