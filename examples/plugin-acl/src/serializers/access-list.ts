import { defineSerializer, field } from '@patchbay/core';
import { AccessList } from '../models/access-list.js';
import { AccessListRule } from '../models/access-list-rule.js';

/** Access lists in the netbox-acls plugin's key order, with a rule count. */
export const accessListSerializer = defineSerializer(AccessList, {
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'assigned_object_type', 'assigned_object_id', 'assigned_object',
    'type', 'default_action', 'description', 'comments', 'rule_count', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  brief: ['id', 'url', 'display', 'name', 'description'],
  extraFields: { rule_count: field.count(() => AccessListRule, 'access_list_id') },
});
