import { defineSerializer } from '@patchbay/core';
import { AccessListRule } from '../models/access-list-rule.js';

/** Access list rules, the access list shown in brief. */
export const accessListRuleSerializer = defineSerializer(AccessListRule, {
  fields: [
    'id', 'url', 'display_url', 'display', 'access_list', 'index', 'action', 'remark', 'protocol',
    'source_prefix', 'source_ports', 'destination_prefix', 'destination_ports', 'description', 'comments',
    'tags', 'custom_fields', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'index', 'action', 'description'],
});
