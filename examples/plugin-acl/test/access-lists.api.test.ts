/** The full REST contract of /api/plugins/acl/access-lists/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { ACL, aclApp, aclFixtures, type AclFixtures } from './fixtures.js';

describeApiViewSet<AclFixtures>({
  ...aclApp,
  path: ACL,
  model: 'acl.accesslist',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'assigned_object_type', 'assigned_object_id', 'assigned_object',
    'type', 'default_action', 'description', 'comments', 'rule_count', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'description'],
  setup: aclFixtures,
  createData: (fx) => [
    { name: 'acl-new-1', type: 'extended', default_action: 'deny', assigned_object_type: 'users.group', assigned_object_id: fx.groups[0], description: 'first' },
    { name: 'acl-new-2', type: 'standard', default_action: 'permit', assigned_object_type: 'users.group', assigned_object_id: fx.groups[1], comments: 'two' },
    { name: 'acl-new-3', type: 'extended' },
  ],
  updateData: { description: 'updated', default_action: 'permit', comments: 'changed' },
  bulkUpdateData: { description: 'bulk edited', default_action: 'deny' },
  invalidData: { name: 'acl-bad', type: 'nonsense' },
  filters: (fx) => ({
    'name=acl-1': 1,
    'name=acl-1&name=acl-2': 2,
    'name__ic=ACL-': 3,
    'name__n=acl-1': 2,
    'type=standard': 1,
    'type=extended': 2,
    'default_action=permit': 1,
    'description__empty=true': 1,
    'q=management': 1,
    'assigned_object_type=users.group': 3,
    [`assigned_object_id=${fx.groups[0]}`]: 1,
    [`id=${fx.lists[0]}&id=${fx.lists[2]}`]: 2,
  }),
});
