/** The full REST contract of /api/users/groups/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { GROUPS, usersContractApp, usersWorld, type UsersWorld } from './users-world.js';

describeApiViewSet<UsersWorld>({
  ...usersContractApp,
  path: GROUPS,
  model: 'users.group',
  fields: ['id', 'url', 'display_url', 'display', 'name', 'description', 'permissions', 'user_count'],
  briefFields: ['id', 'url', 'display', 'name', 'description'],
  setup: usersWorld,
  createData: (fx) => [
    { name: 'ops', description: 'operations', permissions: [fx.permissions[0]] },
    // Listed in the permissions' own order (by name), as NetBox shows a many-to-many.
    { name: 'noc', permissions: [fx.permissions[2], fx.permissions[1]] },
    { name: 'auditors' },
  ],
  updateData: (fx) => ({ description: 'updated', permissions: [fx.permissions[2]] }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { description: 'a group without a name' },
  filters: (fx) => ({
    'name=red': 1,
    'name=red&name=blue': 2,
    'name__isw=gr': 1,
    'name__n=red': 2,
    'description__empty=true': 1,
    'q=team': 2,
    [`user_id=${fx.users[0]}`]: 1,
    [`user_id=${fx.users[3]}`]: 2,
    [`user_id=${fx.users[0]}&user_id=${fx.users[2]}`]: 2,
    [`permission_id=${fx.permissions[1]}`]: 1,
    [`id=${fx.groups[0]}&id=${fx.groups[2]}`]: 2,
  }),
});
