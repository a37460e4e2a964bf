import { defineFilterSet, choice, relation } from '@patchbay/core';
import { AccessListRule } from '../models/access-list-rule.js';
import { AccessList } from '../models/access-list.js';
import { AccessListProtocolChoices, AccessListRuleActionChoices } from '../choices.js';

/** Rules filter by list (id or name), action, protocol, ports and prefix containment. */
export const accessListRuleFilterSet = defineFilterSet(AccessListRule, {
  fields: {
    access_list: relation(() => AccessList, { by: 'name' }),
    index: 'number',
    action: choice(AccessListRuleActionChoices),
    protocol: choice(AccessListProtocolChoices),
    remark: 'text',
    description: 'text',
    source_prefix: 'cidr',
    destination_prefix: 'cidr',
    source_ports: 'int_array',
    destination_ports: 'int_array',
  },
  search: ['remark', 'description'],
});
