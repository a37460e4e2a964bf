/** The full REST contract of /api/users/users/ (generated), on every database; the password is written, never shown. */
import { describeApiViewSet, type TestApp } from '@patchbay/core/testing';
import { USERS, make, usersContractApp, usersWorld, type UsersWorld } from './users-world.js';

interface UserFixtures extends UsersWorld {
  /** The superuser the test client now acts as. */
  root: number;
}

/**
 * The users world, with the client's superuser moved into the middle of the ids: the generated
 * tests delete the first id and the last three, and deleting the account a client acts as would
 * end that client's session rather than test the endpoint. The kit's original admin keeps its id
 * (the first) as an ordinary user in the blue group.
 */
async function userFixtures(app: TestApp): Promise<UserFixtures> {
  const world = await usersWorld(app);
  const root = (await make(app.api, USERS, { username: 'root', password: 'root-secret', is_superuser: true, is_staff: true })).id;
  const admin = await app.knex('users_user').where({ username: 'admin' }).first();
  await app.knex('users_token').where({ user_id: admin.id }).update({ user_id: root });
  await app.knex('users_user').where({ id: admin.id }).update({ is_superuser: false, is_staff: false });
  // admin lists first (by username): with a permission, even a one-row page loads every nested table.
  const granted = await app.api.patch(`${USERS}${admin.id}/`, { groups: [world.groups[2]], permissions: [world.permissions[0]] });
  if (granted.status !== 200) throw new Error(`PATCH admin: ${JSON.stringify(granted.body)}`);
  for (const username of ['erin', 'frank', 'grace']) world.users.push((await make(app.api, USERS, { username, password: `${username}-secret` })).id);
  return { ...world, root };
}

describeApiViewSet<UserFixtures>({
  ...usersContractApp,
  path: USERS,
  model: 'users.user',
  fields: [
    'id', 'url', 'display_url', 'display', 'username', 'first_name', 'last_name', 'email',
    'is_staff', 'is_active', 'is_superuser', 'date_joined', 'last_login', 'groups', 'permissions',
  ],
  briefFields: ['id', 'url', 'display', 'username'],
  writeOnlyFields: ['password'],
  setup: userFixtures,
  createData: (fx) => [
    { username: 'user-4', password: 'password-4', first_name: 'Four', email: 'four@example.com', groups: [fx.groups[0]] },
    { username: 'user-5', password: 'password-5', is_active: false, groups: [fx.groups[1]], permissions: [fx.permissions[0]] },
    { username: 'user-6', password: 'password-6' },
  ],
  updateData: (fx) => ({ password: 'changed-secret', last_name: 'Updated', email: 'updated@example.com', groups: [fx.groups[2]] }),
  bulkUpdateData: { email: 'bulk@example.com' },
  invalidData: { username: 'no password here' },
  filters: (fx) => ({
    'username=alice': 1,
    'username=alice&username=bob': 2,
    'username__isw=a': 2,
    'email__iew=@example.com': 2,
    'first_name=Alice': 1,
    'is_active=false': 1,
    'is_superuser=true': 1,
    'q=liddell': 1,
    [`group_id=${fx.groups[0]}`]: 2,
    [`group_id=${fx.groups[0]}&group_id=${fx.groups[2]}`]: 4,
    'group=green': 2,
    [`group_id__n=${fx.groups[0]}`]: 7,
    [`permission_id=${fx.permissions[1]}`]: 1,
    [`permission_id=${fx.permissions[0]}`]: 2,
    [`id=${fx.users[0]}&id=${fx.root}`]: 2,
  }),
});
