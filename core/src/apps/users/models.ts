/** The users app's models: users, groups, API tokens and object permissions (NetBox's users app). */
import { BaseModel, type FieldMap } from '../../models/base-model.js';
import { field } from '../../models/fields.js';

export class Group extends BaseModel {
  static override tableName = 'users_group';
  static override label = 'users.group';
  static override verboseName = 'group';
  static override verboseNamePlural = 'groups';
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 150, required: true, unique: true }),
    description: field.string({ maxLength: 200, default: '' }),
  };
}

export class User extends BaseModel {
  static override tableName = 'users_user';
  static override label = 'users.user';
  static override verboseName = 'user';
  static override verboseNamePlural = 'users';
  static override ordering = ['username'];
  static override fields: FieldMap = {
    username: field.string({ maxLength: 150, required: true, unique: true, pattern: /^[\w.@+-]+$/ }),
    password: field.string({ maxLength: 128, writeOnly: true }),
    first_name: field.string({ maxLength: 150, default: '' }),
    last_name: field.string({ maxLength: 150, default: '' }),
    email: field.string({ maxLength: 254, default: '', pattern: /^$|^[^@\s]+@[^@\s]+$/ }),
    is_staff: field.boolean({ default: false }),
    is_active: field.boolean({ default: true }),
    is_superuser: field.boolean({ default: false }),
    date_joined: field.datetime({ readOnly: true }),
    last_login: field.datetime({ readOnly: true, nullable: true }),
    groups: field.many(() => Group, { table: 'users_user_groups', from: 'user_id', to: 'group_id' }),
  };
  static override displayOf(row: Record<string, unknown>): string {
    return String(row.username);
  }
}

export class Token extends BaseModel {
  static override tableName = 'users_token';
  static override label = 'users.token';
  static override verboseName = 'token';
  static override verboseNamePlural = 'tokens';
  static override ordering = ['-created'];
  static override fields: FieldMap = {
    version: field.integer({ min: 1, max: 2, default: 1 }),
    key: field.string({ readOnly: true, nullable: true, maxLength: 12 }),
    user: field.related(() => User, { required: true, onDelete: 'cascade' }),
    description: field.string({ maxLength: 200, default: '' }),
    created: field.datetime({ readOnly: true }),
    expires: field.datetime({ nullable: true }),
    last_used: field.datetime({ readOnly: true, nullable: true }),
    enabled: field.boolean({ default: true }),
    write_enabled: field.boolean({ default: true }),
    allowed_ips: field.stringArray({ nullable: true, default: null }),
  };
  static override displayOf(row: Record<string, unknown>): string {
    return row.key ? `nbt_${row.key}` : `Token ${row.id}`;
  }
}

export class ObjectPermission extends BaseModel {
  static override tableName = 'users_objectpermission';
  static override label = 'users.objectpermission';
  static override verboseName = 'permission';
  static override verboseNamePlural = 'permissions';
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true }),
    description: field.string({ maxLength: 200, default: '' }),
    enabled: field.boolean({ default: true }),
    actions: field.stringArray({ required: true }),
    constraints: field.json({ nullable: true }),
    groups: field.many(() => Group, { table: 'users_objectpermission_groups', from: 'objectpermission_id', to: 'group_id' }),
    users: field.many(() => User, { table: 'users_objectpermission_users', from: 'objectpermission_id', to: 'user_id' }),
  };
}
