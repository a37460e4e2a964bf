/** The `users` app: users, groups, tokens and object permissions, on the public plugin API. */
import { definePlugin } from '../../plugin/define-plugin.js';
import { PATCHBAY_VERSION } from '../../version.js';
import { Group, ObjectPermission, Token, User } from './models.js';
import { usersMigrations } from './migrations.js';
import { usersResources } from './resources.js';
import { provisionRoute } from './routes/provision.js';
import { userConfigGetRoute, userConfigPatchRoute } from './routes/user-config.js';

export const usersPlugin = definePlugin({
  name: 'users',
  version: PATCHBAY_VERSION,
  description: 'Users, groups, API tokens and object permissions.',
  compatibility: '*',
  mount: 'users',
  dependsOn: ['core'],
  models: [User, Group, Token, ObjectPermission],
  resources: usersResources,
  routes: [provisionRoute, userConfigGetRoute, userConfigPatchRoute],
  migrations: usersMigrations,
});
