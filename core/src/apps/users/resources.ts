/** Serializers, filter sets and endpoints of the users app. */
import { defineSerializer } from '../../serializers/define-serializer.js';
import { defineFilterSet, relation } from '../../filters/define-filter-set.js';
import { defineResource } from '../../api/resource.js';
import { Group, ObjectPermission, Token, User } from './models.js';

export const userSerializer = defineSerializer(User, {
  fields: ['id', 'url', 'display_url', 'display', 'username', 'password', 'first_name', 'last_name', 'email', 'is_staff', 'is_active', 'is_superuser', 'date_joined', 'last_login', 'groups'],
  brief: ['id', 'url', 'display', 'username'],
});
export const groupSerializer = defineSerializer(Group, {
  fields: ['id', 'url', 'display_url', 'display', 'name', 'description'],
  brief: ['id', 'url', 'display', 'name', 'description'],
});
export const tokenSerializer = defineSerializer(Token, {
  fields: ['id', 'url', 'display_url', 'display', 'version', 'key', 'user', 'description', 'created', 'expires', 'last_used', 'enabled', 'write_enabled', 'allowed_ips'],
  brief: ['id', 'url', 'display', 'key', 'write_enabled', 'description'],
});
export const permissionSerializer = defineSerializer(ObjectPermission, {
  fields: ['id', 'url', 'display_url', 'display', 'name', 'description', 'enabled', 'actions', 'constraints', 'groups', 'users'],
  brief: ['id', 'url', 'display', 'name', 'description', 'enabled', 'actions'],
});

export const usersResources = [
  defineResource({
    slug: 'users', model: User, serializer: userSerializer,
    filterSet: defineFilterSet(User, {
      fields: { username: 'text', first_name: 'text', last_name: 'text', email: 'text', is_active: 'boolean', is_staff: 'boolean', is_superuser: 'boolean' },
      search: ['username', 'first_name', 'last_name', 'email'],
    }),
  }),
  defineResource({
    slug: 'groups', model: Group, serializer: groupSerializer,
    filterSet: defineFilterSet(Group, { fields: { name: 'text', description: 'text' }, search: ['name', 'description'] }),
  }),
  defineResource({
    slug: 'tokens', model: Token, serializer: tokenSerializer,
    filterSet: defineFilterSet(Token, {
      fields: { user: relation(() => User, { by: 'username' }), key: 'text', write_enabled: 'boolean', enabled: 'boolean', description: 'text', expires: 'datetime', last_used: 'datetime' },
      search: ['description'],
    }),
  }),
  defineResource({
    slug: 'permissions', model: ObjectPermission, serializer: permissionSerializer,
    filterSet: defineFilterSet(ObjectPermission, { fields: { name: 'text', enabled: 'boolean', description: 'text' }, search: ['name', 'description'] }),
  }),
];
