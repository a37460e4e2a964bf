/**
 * Model base classes. A model is an objection class whose static members describe it: NetBox's
 * table name, its `app.model` label, its fields (see fields.ts) and default ordering. Features
 * (change log, tags, custom fields, tree) come from the base class chosen, as in NetBox.
 */
import { Model } from 'objection';
import type { Knex } from 'knex';
import type { RequestCradle } from '../container/cradle.js';
import { field, type FieldSpec } from './fields.js';
import type { FieldErrors } from '../errors.js';

export type FieldMap = Record<string, FieldSpec>;

/** Context handed to model hooks: the write's transaction, who is writing, and the request. */
export interface HookContext {
  trx: Knex.Transaction;
  userId: number | null;
  /**
   * The request's cradle, so a hook can run core operations inside the same write
   * (`createObjects(ctx.request, resource, bodies, { trx: ctx.trx })`) — e.g. a device creating its
   * components from templates, each with its change record, all in one transaction.
   */
  request: RequestCradle;
}

/** A feature a model class has: drives generic services (change log, tags, custom fields…). */
export type ModelFeature = 'change_logging' | 'custom_fields' | 'tags' | 'journaling' | 'event_rules' | 'tree' | string;

export class BaseModel extends Model {
  /** `app_label.model_name`, NetBox's object type name. */
  static label: string;
  static verboseName: string;
  static verboseNamePlural: string;
  /** Own fields; subclasses' maps are merged over their parents' by `fieldsOf`. */
  static fields: FieldMap = {};
  /**
   * Default ordering (NetBox's Meta.ordering); `id` is always appended as a tie-breaker. Terms are
   * `[-]name [NULLS FIRST|LAST]`: a column (`vrf_id`, `_name`), or a foreign key field (`site`)
   * ordered by the target's own ordering through a join, as Django does (operations/ordering.ts).
   */
  static ordering: string[] = ['id'];
  /** Model features; the union of the class chain's. */
  static features: ModelFeature[] = ['event_rules'];
  /** Sets of columns that are unique together (with a NetBox-style message). */
  static uniqueTogether: { fields: string[]; message?: string }[] = [];

  static override get idColumn(): string {
    return 'id';
  }

  /** Human representation used as `display`; override per model. */
  static displayOf(row: Record<string, unknown>): string {
    return String(row.name ?? row.id);
  }

  /**
   * Model-level validation (NetBox's `clean()`): receives the merged row as it will be saved
   * (and the previous row on update); throws ValidationError. Runs inside the write's transaction.
   */
  static async clean(_row: Record<string, unknown>, _prev: Record<string, unknown> | null, _ctx: HookContext): Promise<void> {}

  /**
   * Optional batch form of `clean()` for creates, so a bulk POST validates in a few statements
   * instead of a few per object: receives the new rows (request order) and returns each row's
   * errors (undefined when it passes), with the same checks and messages `clean()` gives. A model
   * that defines it gets core's set-based bulk create (see operations/bulk-create.ts); updates
   * still call `clean()` per row.
   */
  static cleanMany?(rows: Record<string, unknown>[], ctx: HookContext): Promise<(FieldErrors | undefined)[]>;

  /**
   * Optional batch form of `afterSave()` for set-based creates (models with `cleanMany`): runs once
   * per batch right after the multi-row INSERT, instead of `afterSave` per row, so a model whose
   * save writes related rows (a cable's terminations) writes them in a few statements. Receives the
   * stored rows and the parsed values each was inserted from (same order, request order); may
   * answer per-row errors, reported in request order like cleanMany's.
   */
  static afterSaveMany?(rows: Record<string, unknown>[], ctx: HookContext, values: Record<string, unknown>[]): Promise<(FieldErrors | undefined)[] | void>;

  /** Runs after insert/update inside the transaction (e.g. to maintain a tree). */
  static async afterSave(_row: Record<string, unknown>, _prev: Record<string, unknown> | null, _ctx: HookContext): Promise<void> {}

  /** Runs before delete inside the transaction. */
  static async beforeRemove(_row: Record<string, unknown>, _ctx: HookContext): Promise<void> {}
}

export type ModelClass = typeof BaseModel;

const fieldCache = new WeakMap<ModelClass, FieldMap>();

/** All fields of a model class, parents first. */
export function fieldsOf(model: ModelClass): FieldMap {
  let cached = fieldCache.get(model);
  if (cached) return cached;
  const chain: ModelClass[] = [];
  for (let m: unknown = model; m && m !== Model; m = Object.getPrototypeOf(m)) chain.unshift(m as ModelClass);
  cached = {};
  for (const m of chain) if (Object.prototype.hasOwnProperty.call(m, 'fields')) Object.assign(cached, m.fields);
  fieldCache.set(model, cached);
  return cached;
}

/** All features of a model class, collected along its class chain. */
export function featuresOf(model: ModelClass): Set<ModelFeature> {
  const out = new Set<ModelFeature>();
  for (let m: unknown = model; m && m !== Model; m = Object.getPrototypeOf(m)) {
    if (Object.prototype.hasOwnProperty.call(m, 'features')) for (const f of (m as ModelClass).features) out.add(f);
  }
  return out;
}

/** Change-logged models: `created` / `last_updated`, an object change per write. */
export class ChangeLoggedModel extends BaseModel {
  static override features: ModelFeature[] = ['change_logging', 'event_rules'];
  static override fields: FieldMap = {
    created: field.datetime({ readOnly: true, nullable: true }),
    last_updated: field.datetime({ readOnly: true, nullable: true }),
  };
}

/** NetBox's NetBoxModel feature set: change log plus tags and custom fields. */
export class NetBoxModel extends ChangeLoggedModel {
  static override features: ModelFeature[] = ['custom_fields', 'tags', 'journaling', 'custom_links', 'export_templates'];
  static override fields: FieldMap = {
    tags: field.tags(),
    custom_fields: field.customFields(),
  };
}

/** Real infrastructure objects (NetBox's PrimaryModel): description and comments. */
export class PrimaryModel extends NetBoxModel {
  static override fields: FieldMap = {
    description: field.string({ maxLength: 200, default: '' }),
    comments: field.text({ default: '' }),
  };
}

/** Roles, types, manufacturers… (NetBox's OrganizationalModel): unique name and slug, ordered by name. */
export class OrganizationalModel extends NetBoxModel {
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 100, required: true, unique: true }),
    slug: field.slug({ unique: true }),
    description: field.string({ maxLength: 200, default: '' }),
    comments: field.text({ default: '' }),
  };
}
