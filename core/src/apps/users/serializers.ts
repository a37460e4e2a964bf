/** Serializers of the users app, with NetBox 4.x's field order (users/api/serializers_). */
import { defineSerializer } from '../../serializers/define-serializer.js';
import { Group, ObjectPermission, Token, User } from './models.js';

export const userSerializer = defineSerializer(User, {
  fields: [
    'id', 'url', 'display_url', 'display', 'username', 'password', 'first_name', 'last_name', 'email',
    'is_staff', 'is_active', 'is_superuser', 'date_joined', 'last_login', 'groups', 'permissions',
  ],
  brief: ['id', 'url', 'display', 'username'],
});

export const groupSerializer = defineSerializer(Group, {
  fields: ['id', 'url', 'display_url', 'display', 'name', 'description', 'permissions', 'user_count'],
  brief: ['id', 'url', 'display', 'name', 'description'],
});

export const tokenSerializer = defineSerializer(Token, {
  fields: [
    'id', 'url', 'display_url', 'display', 'version', 'key', 'user', 'description', 'created', 'expires',
    'last_used', 'enabled', 'write_enabled', 'allowed_ips',
  ],
  brief: ['id', 'url', 'display', 'version', 'key', 'enabled', 'write_enabled', 'description'],
});

export const permissionSerializer = defineSerializer(ObjectPermission, {
  fields: ['id', 'url', 'display_url', 'display', 'name', 'description', 'enabled', 'object_types', 'actions', 'constraints', 'groups', 'users'],
  brief: ['id', 'url', 'display', 'name', 'description', 'enabled', 'object_types', 'actions'],
});
