/** The full REST contract of /api/users/permissions/ (generated), on every database; object types written and shown as "app.model". */
import { describeApiViewSet } from '@patchbay/core/testing';
import { PERMISSIONS, usersContractApp, usersWorld, type UsersWorld } from './users-world.js';

describeApiViewSet<UsersWorld>({
  ...usersContractApp,
  path: PERMISSIONS,
  model: 'users.objectpermission',
  fields: ['id', 'url', 'display_url', 'display', 'name', 'description', 'enabled', 'object_types', 'actions', 'constraints', 'groups', 'users'],
  briefFields: ['id', 'url', 'display', 'name', 'description', 'enabled', 'object_types', 'actions'],
  setup: usersWorld,
  createData: (fx) => [
    {
      name: 'perm-4', description: 'low ids only', object_types: ['acl.accesslist', 'acl.accesslistrule'], actions: ['view', 'add', 'change', 'delete'],
      constraints: { id__lt: 1000 }, groups: [fx.groups[0]], users: [fx.users[0]],
    },
    { name: 'perm-5', object_types: ['users.group'], actions: ['view'], enabled: false, groups: [fx.groups[1]], users: [fx.users[1], fx.users[2]] },
    { name: 'perm-6', object_types: ['users.user'], actions: ['view', 'change'], constraints: [{ username: 'alice' }, { is_active: false }] },
  ],
  updateData: { description: 'updated', enabled: false, actions: ['view', 'change'], object_types: ['users.group'] },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'perm-bad', object_types: ['nope.nothing'], actions: ['view'] },
  filters: (fx) => ({
    'name=view-lists': 1,
    'name=view-lists&name=audit-users': 2,
    'name__ic=-': 3,
    'enabled=false': 1,
    'q=read': 1,
    'object_type=acl.accesslist': 1,
    'object_type=users.group&object_type=users.user': 2,
    'object_type__n=acl.accesslist': 2,
    'can_view=true': 3,
    'can_add=true': 1,
    'can_delete=true': 0,
    [`user_id=${fx.users[0]}`]: 1,
    'user=bob': 1,
    [`group_id=${fx.groups[2]}`]: 1,
    'group=red&group=green': 2,
    [`id=${fx.permissions[0]}&id=${fx.permissions[2]}`]: 2,
  }),
});
