/** The endpoints of the users app: users, groups, tokens and object permissions. */
import { defineResource } from '../../api/resource.js';
import { Group, ObjectPermission, Token, User } from './models.js';
import { groupSerializer, permissionSerializer, tokenSerializer, userSerializer } from './serializers.js';
import { groupFilterSet, permissionFilterSet, tokenFilterSet, userFilterSet } from './filters.js';
import { userWriteHooks } from './user-write.js';
import { tokenWriteHooks } from './token-create.js';
import { permissionWriteHooks } from './permission-write.js';

export { groupSerializer, permissionSerializer, tokenSerializer, userSerializer };

export const userResource = defineResource({ slug: 'users', model: User, serializer: userSerializer, filterSet: userFilterSet, hooks: userWriteHooks });
export const groupResource = defineResource({ slug: 'groups', model: Group, serializer: groupSerializer, filterSet: groupFilterSet });
export const tokenResource = defineResource({ slug: 'tokens', model: Token, serializer: tokenSerializer, filterSet: tokenFilterSet, hooks: tokenWriteHooks });
export const permissionResource = defineResource({
  slug: 'permissions', model: ObjectPermission, serializer: permissionSerializer, filterSet: permissionFilterSet, hooks: permissionWriteHooks,
});

export const usersResources = [userResource, groupResource, tokenResource, permissionResource];
