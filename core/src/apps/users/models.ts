/** The users app's models: users, groups, API tokens and object permissions (NetBox's users app). */
import { BaseModel, type FieldMap, type HookContext } from '../../models/base-model.js';
import { field, FieldValueError, type FieldSpec } from '../../models/fields.js';
import { ValidationError } from '../../errors.js';
import { ObjectType } from '../core/models.js';
import { parseAllowedIps } from './allowed-ips.js';

/** The user ↔ group join table, as a model only so `Group.user_count` can count its rows. */
export class UserGroupMembership extends BaseModel {
  static override tableName = 'users_user_groups';
  static override label = 'users.usergroupmembership';
}

export class Group extends BaseModel {
  static override tableName = 'users_group';
  static override label = 'users.group';
  static override verboseName = 'group';
  static override verboseNamePlural = 'groups';
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 150, required: true, unique: true }),
    description: field.string({ maxLength: 200, default: '' }),
    permissions: field.many(() => ObjectPermission, { table: 'users_objectpermission_groups', from: 'group_id', to: 'objectpermission_id' }),
    user_count: field.count(() => UserGroupMembership, 'group_id'),
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
    // Written in plaintext, stored as an Argon2id hash (users/user-write.ts), never shown.
    password: field.text({ maxLength: 128, required: true, writeOnly: true }),
    first_name: field.string({ maxLength: 150, default: '' }),
    last_name: field.string({ maxLength: 150, default: '' }),
    email: field.string({ maxLength: 254, default: '', pattern: /^$|^[^@\s]+@[^@\s]+$/ }),
    is_staff: field.boolean({ default: false }),
    is_active: field.boolean({ default: true }),
    is_superuser: field.boolean({ default: false }),
    date_joined: field.datetime(),
    last_login: field.datetime({ nullable: true }),
    groups: field.many(() => Group, { table: 'users_user_groups', from: 'user_id', to: 'group_id' }),
    permissions: field.many(() => ObjectPermission, { table: 'users_objectpermission_users', from: 'user_id', to: 'objectpermission_id' }),
  };
  /** NetBox shows "username (First Last)" when the user has a name. */
  static override displayOf(row: Record<string, unknown>): string {
    const full = [row.first_name, row.last_name].filter((s) => typeof s === 'string' && s.trim()).join(' ').trim();
    return full ? `${row.username} (${full})` : String(row.username);
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
    // Defaults to the requesting user on create; fixed afterwards (users/token-create.ts).
    user: field.related(() => User, { onDelete: 'cascade' }),
    description: field.string({ maxLength: 200, default: '' }),
    created: field.datetime({ readOnly: true }),
    expires: field.datetime({ nullable: true }),
    last_used: field.datetime({ nullable: true }),
    enabled: field.boolean({ default: true }),
    write_enabled: field.boolean({ default: true }),
    allowed_ips: { ...field.stringArray({ nullable: true, default: null }), parse: parseAllowedIps },
  };
  /** A v2 token shows its public key; a v1 token has nothing public to show. */
  static override displayOf(row: Record<string, unknown>): string {
    return row.key ? String(row.key) : `Token ${row.id}`;
  }
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, _ctx: HookContext): Promise<void> {
    // Only a new token must expire in the future; an existing one may be edited after it lapsed.
    if (!prev && row.expires && new Date(row.expires as string).getTime() <= Date.now())
      throw new ValidationError({ expires: [`Expiration time must be in the future. Current server time is ${new Date().toISOString()} (UTC).`] });
  }
}

/** `actions`: a non-empty list of action names (view, add, change, delete or a custom action). */
const actionsField: FieldSpec = {
  ...field.stringArray({ required: true }),
  parse(value) {
    if (!Array.isArray(value)) throw new FieldValueError([`Expected a list of items but got type "${value === null ? 'null' : typeof value}".`]);
    if (value.length === 0) throw new FieldValueError(['This list may not be empty.']);
    for (const a of value) {
      if (typeof a !== 'string' || a.trim() === '') throw new FieldValueError(['Each action must be a non-empty string.']);
      if (a.length > 30) throw new FieldValueError(['Ensure each action has no more than 30 characters.']);
    }
    return [...new Set(value.map((a: string) => a.trim()))];
  },
};

/** `constraints`: null, a JSON object of lookups, or a list of such objects (OR); checked against the object types on save. */
const constraintsField: FieldSpec = {
  ...field.json({ nullable: true }),
  parse(value) {
    if (value === null) return null;
    const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
    if (!isObject(value) && !(Array.isArray(value) && value.every(isObject)))
      throw new FieldValueError(['Constraints must be a JSON object or a list of JSON objects.']);
    return JSON.stringify(value);
  },
};

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
    // Written and shown as "app.model" labels (users/permission-write.ts turns them into ids).
    object_types: field.many(() => ObjectType, { table: 'users_objectpermission_object_types', from: 'objectpermission_id', to: 'objecttype_id' }, {
      required: true,
      schema: { type: 'array', items: { type: 'string', description: 'An object type, `app_label.model`.' } },
      render: (list) => (list as { app_label: string; model: string }[]).map((o) => `${o.app_label}.${o.model}`),
    }),
    actions: actionsField,
    constraints: constraintsField,
    groups: field.many(() => Group, { table: 'users_objectpermission_groups', from: 'objectpermission_id', to: 'group_id' }),
    users: field.many(() => User, { table: 'users_objectpermission_users', from: 'objectpermission_id', to: 'user_id' }),
  };
}
