/** Filter sets of the users app (NetBox's users/filtersets.py), including the many-to-many filters. */
import type { Knex } from 'knex';
import { defineFilterSet, method, relation } from '../../filters/define-filter-set.js';
import { likeEscape } from '../../filters/lookups.js';
import { Group, ObjectPermission, Token, User } from './models.js';

/**
 * A filter on a many-to-many relation: rows linked (through `table`) to any of the given targets,
 * matched by id or, with `by`, by an attribute of the target. `__n` keeps rows linked to none.
 */
function throughFilter(table: string, from: string, to: string, by?: { table: string; column: string }) {
  return method(by ? 'text' : 'number', (qb: Knex.QueryBuilder, values: unknown[], _lookup: string, negate: boolean) => {
    const linked = (sub: Knex.QueryBuilder) => {
      sub.select(`j.${from}`).from(`${table} as j`);
      if (by) sub.join(`${by.table} as x`, 'x.id', `j.${to}`).whereIn(`x.${by.column}`, values as string[]);
      else sub.whereIn(`j.${to}`, values as number[]);
    };
    if (negate) qb.whereNotIn('t.id', linked);
    else qb.whereIn('t.id', linked);
  }, ['n']);
}

/** `can_view` and friends: whether a permission's actions include the action. */
function hasAction(action: string) {
  return method('boolean', (qb: Knex.QueryBuilder, values: unknown[]) => {
    const want = values[values.length - 1] === true;
    if (want) qb.whereRaw('? = ANY(t.actions)', [action]);
    else qb.whereRaw('NOT (? = ANY(t.actions))', [action]);
  });
}

/**
 * `object_type=dcim.site`: permissions covering any of the given "app.model" labels; the text
 * lookups (`__ic`, `__isw`, `__iew`, `__ie` and their negations) match the label case-insensitively.
 * (NetBox's ContentTypeFilter accepts these parameters but ignores the lookup; we apply it.)
 */
const objectTypeLabel = method('text', (qb: Knex.QueryBuilder, values: unknown[], lookup: string, negate: boolean) => {
  const label = `ot.app_label || '.' || ot.model`;
  const linked = (sub: Knex.QueryBuilder) =>
    sub.select('j.objectpermission_id').from('users_objectpermission_object_types as j')
      .join('core_objecttype as ot', 'ot.id', 'j.objecttype_id')
      .where((w) => {
        const texts = values.map(String);
        switch (lookup) {
          case 'ic': for (const v of texts) w.orWhereRaw(`${label} ILIKE ?`, [`%${likeEscape(v)}%`]); break;
          case 'isw': for (const v of texts) w.orWhereRaw(`${label} ILIKE ?`, [`${likeEscape(v)}%`]); break;
          case 'iew': for (const v of texts) w.orWhereRaw(`${label} ILIKE ?`, [`%${likeEscape(v)}`]); break;
          case 'ie': w.orWhereRaw(`lower(${label}) = ANY(?)`, [texts.map((v) => v.toLowerCase())]); break;
          default: w.orWhereRaw(`${label} = ANY(?)`, [texts]);
        }
      });
  if (negate) qb.whereNotIn('t.id', linked);
  else qb.whereIn('t.id', linked);
}, ['n', 'ic', 'nic', 'isw', 'nisw', 'iew', 'niew', 'ie', 'nie']);

export const userFilterSet = defineFilterSet(User, {
  fields: {
    username: 'text', first_name: 'text', last_name: 'text', email: 'text',
    date_joined: 'datetime', last_login: 'datetime',
    is_active: 'boolean', is_staff: 'boolean', is_superuser: 'boolean',
    group_id: throughFilter('users_user_groups', 'user_id', 'group_id'),
    group: throughFilter('users_user_groups', 'user_id', 'group_id', { table: 'users_group', column: 'name' }),
    permission_id: throughFilter('users_objectpermission_users', 'user_id', 'objectpermission_id'),
  },
  search: ['username', 'first_name', 'last_name', 'email'],
});

export const groupFilterSet = defineFilterSet(Group, {
  fields: {
    name: 'text', description: 'text',
    user_id: throughFilter('users_user_groups', 'group_id', 'user_id'),
    permission_id: throughFilter('users_objectpermission_groups', 'group_id', 'objectpermission_id'),
  },
  search: ['name', 'description'],
});

export const tokenFilterSet = defineFilterSet(Token, {
  fields: {
    version: 'number',
    user: relation(() => User, { by: 'username' }),
    key: 'text', description: 'text',
    enabled: 'boolean', write_enabled: 'boolean',
    expires: 'datetime', last_used: 'datetime',
  },
  search: ['description'],
});

export const permissionFilterSet = defineFilterSet(ObjectPermission, {
  fields: {
    name: 'text', description: 'text', enabled: 'boolean',
    object_types: throughFilter('users_objectpermission_object_types', 'objectpermission_id', 'objecttype_id'),
    object_type_id: throughFilter('users_objectpermission_object_types', 'objectpermission_id', 'objecttype_id'),
    object_type: objectTypeLabel,
    can_view: hasAction('view'), can_add: hasAction('add'), can_change: hasAction('change'), can_delete: hasAction('delete'),
    user_id: throughFilter('users_objectpermission_users', 'objectpermission_id', 'user_id'),
    user: throughFilter('users_objectpermission_users', 'objectpermission_id', 'user_id', { table: 'users_user', column: 'username' }),
    group_id: throughFilter('users_objectpermission_groups', 'objectpermission_id', 'group_id'),
    group: throughFilter('users_objectpermission_groups', 'objectpermission_id', 'group_id', { table: 'users_group', column: 'name' }),
  },
  search: ['name', 'description'],
});
