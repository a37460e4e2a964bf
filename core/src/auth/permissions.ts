/**
 * Object permissions (NetBox's ObjectPermission): object types × actions × optional constraints,
 * assigned to users and groups. A list shows only what the constraints allow; a write is checked
 * against them before and after the change, inside its transaction. Superusers bypass all of it;
 * every user also holds the defaults in default-permissions.ts (their own tokens).
 */
import type { Knex } from 'knex';
import { forbidden } from '../errors.js';
import type { ModelClass } from '../models/base-model.js';
import type { AuthenticatedUser } from './types.js';
import { applyConstraints, constraintSets, type Constraint } from './constraints.js';
import { defaultConstraints } from './default-permissions.js';

export type Action = 'view' | 'add' | 'change' | 'delete' | string;

/** What the permission checks need from a request. */
export interface PermissionSubject {
  user: AuthenticatedUser | null;
  knex: Knex;
  config: { loginRequired: boolean };
}

/** null = every object; [] = none; otherwise OR of constraint sets. */
export type Grant = null | Constraint[];

export interface PermissionService {
  /** The user's grant for an action on a model (one query per request, cached on the user object). */
  grant(s: PermissionSubject, model: ModelClass, action: Action): Promise<Grant>;
  /** Throws 403 unless the user holds the action on the model at all. */
  require(s: PermissionSubject, model: ModelClass, action: Action): Promise<Grant>;
  /** Narrows a query to the rows the user may act on (throws 403 without any grant). */
  restrict(s: PermissionSubject, qb: Knex.QueryBuilder, model: ModelClass, action: Action, alias: string): Promise<void>;
  /** True when every given row satisfies the user's grant (post-write check, in the transaction). */
  allows(s: PermissionSubject, db: Knex, model: ModelClass, action: Action, ids: number[]): Promise<boolean>;
}

interface PermissionRow {
  label: string;
  actions: string[];
  constraints: unknown;
}

const cache = new WeakMap<AuthenticatedUser, Promise<PermissionRow[]>>();

/** Loads the enabled permissions of a user, directly or through groups, with their object types. */
async function loadPermissions(knex: Knex, user: AuthenticatedUser): Promise<PermissionRow[]> {
  const rows = await knex('users_objectpermission as p')
    .join('users_objectpermission_object_types as pot', 'pot.objectpermission_id', 'p.id')
    .join('core_objecttype as ot', 'ot.id', 'pot.objecttype_id')
    .select(knex.raw(`ot.app_label || '.' || ot.model as label`), 'p.actions', 'p.constraints')
    .where('p.enabled', true)
    .where((w) => {
      w.whereIn('p.id', knex('users_objectpermission_users').select('objectpermission_id').where('user_id', user.id));
      if (user.groups.length)
        w.orWhereIn('p.id', knex('users_objectpermission_groups').select('objectpermission_id').whereIn('group_id', user.groups));
    });
  return rows as PermissionRow[];
}

/** Substitutes `$user` with the user's id anywhere in a constraint (NetBox's token). */
function substituteUser(value: unknown, userId: number): unknown {
  if (value === '$user') return userId;
  if (Array.isArray(value)) return value.map((v) => substituteUser(v, userId));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteUser(v, userId)]));
  return value;
}

export function createPermissionService(): PermissionService {
  const service: PermissionService = {
    async grant(s, model, action) {
      const user = s.user;
      if (!user) return action === 'view' && !s.config.loginRequired ? null : [];
      if (user.is_superuser) return null;
      let pending = cache.get(user);
      if (!pending) cache.set(user, (pending = loadPermissions(s.knex, user)));
      const rows = (await pending).filter((r) => r.label === model.label && r.actions.includes(action));
      const sets: Constraint[] = [...defaultConstraints(model.label, action)];
      for (const r of rows) {
        let own: Constraint[] | null;
        try {
          own = constraintSets(r.constraints);
        } catch {
          continue; // a malformed stored constraint grants nothing rather than everything
        }
        if (own === null) return null;
        sets.push(...own);
      }
      return sets.map((set) => substituteUser(set, user.id) as Constraint);
    },
    async require(s, model, action) {
      const g = await service.grant(s, model, action);
      if (g !== null && g.length === 0) throw forbidden();
      return g;
    },
    async restrict(s, qb, model, action, alias) {
      const g = await service.require(s, model, action);
      if (g) applyConstraints(s.knex, qb, model, alias, g);
    },
    async allows(s, db, model, action, ids) {
      const g = await service.grant(s, model, action);
      if (g === null) return true;
      if (g.length === 0) return false;
      const qb = db(`${model.tableName} as t`).count({ n: '*' }).whereIn('t.id', ids);
      applyConstraints(db, qb, model, 't', g);
      const [{ n }] = (await qb) as [{ n: unknown }];
      return Number(n) === new Set(ids).size;
    },
  };
  return service;
}
