/**
 * The custom-fields FieldProvider: fills core's `custom_fields` extension point for every model
 * with the `custom_fields` feature (any plugin's). Values live in the model's own
 * `custom_field_data` jsonb column; this renders, validates (NetBox's CustomFieldsDataField +
 * CustomFieldsMixin.clean) and writes them.
 */
import { featuresOf, FieldValueError, type FieldProvider, type Knex, type ModelClass, type ProviderContext, type Registry } from '@patchbay/core';
import { fieldsFor } from './definitions.js';
import { dataOf, renderValues } from './render-values.js';
import { resolveObjects } from './resolve-objects.js';
import { CustomFieldValueError, isEmptyValue, validateValue, type CustomFieldDef } from './validate-value.js';

/** The registry seen at setup, for callers that do not pass one in the provider context. */
let setupRegistry: Registry | undefined;

/** Remembers the booted registry (called from the area's setup). */
export function rememberRegistry(registry: Registry): void {
  setupRegistry = registry;
}

const registryOf = (ctx: ProviderContext): Registry | undefined => ctx.registry ?? setupRegistry;

const NOT_A_DICT = 'Invalid data format. Custom field data must be passed as a dictionary mapping field names to their values.';

/** True when another object of the model already holds this value (NetBox's `unique`). */
async function taken(db: Knex, model: ModelClass, name: string, value: unknown, selfId: unknown): Promise<boolean> {
  const qb = db(model.tableName).select('id').whereRaw('custom_field_data -> ? = ?::jsonb', [name, JSON.stringify(value)]).limit(1);
  if (selfId !== undefined && selfId !== null) qb.whereNot('id', selfId as number);
  return (await qb).length > 0;
}

/**
 * Validates the complete data an object will hold (CustomFieldsMixin.clean): each value by its
 * field, uniqueness, then required fields. Returns the normalised data or throws FieldValueError.
 */
async function cleanData(db: Knex, model: ModelClass, defs: CustomFieldDef[], data: Record<string, unknown>, selfId: unknown): Promise<Record<string, unknown>> {
  const byName = new Map(defs.map((d) => [d.name, d]));
  const errors: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const cf = byName.get(name);
    // Keys of fields no longer assigned are dropped, as NetBox's clean() does.
    if (!cf) continue;
    try {
      out[name] = validateValue(cf, value);
    } catch (err) {
      if (!(err instanceof CustomFieldValueError)) throw err;
      errors.push(`Invalid value for custom field '${name}': ${err.message}`);
      out[name] = value;
      continue;
    }
    if (cf.unique && !isEmptyValue(out[name]) && (await taken(db, model, name, out[name], selfId)))
      errors.push(`Custom field '${name}' must have a unique value.`);
  }
  for (const cf of defs) if (cf.required && !(cf.name in out)) errors.push(`Missing required custom field '${cf.name}'.`);
  if (errors.length) throw new FieldValueError(errors);
  return out;
}

/** Registered as the `custom_fields` provider: every model's custom field values go through it. */
export const customFieldsProvider: FieldProvider = {
  kind: 'custom_fields',

  async load(ctx, model, rows) {
    if (!featuresOf(model).has('custom_fields') || rows.length === 0) return new Map(rows.map((r) => [Number(r.id), {}]));
    const defs = await fieldsFor(ctx.db, model.label);
    return renderValues(ctx.db, registryOf(ctx), ctx.baseUrl, defs, rows);
  },

  async parse(ctx, model, value, existing) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new FieldValueError([NOT_A_DICT]);
    const given = { ...(value as Record<string, unknown>) };
    const defs = featuresOf(model).has('custom_fields') ? await fieldsFor(ctx.db, model.label) : [];
    const byName = new Map(defs.map((d) => [d.name, d]));
    const unknown = Object.keys(given).filter((k) => !byName.has(k));
    if (unknown.length) throw new FieldValueError(unknown.map((k) => `Unknown field name '${k}' in custom field data.`));
    // Object values are written as ids or attribute dicts and stored as ids.
    for (const cf of defs) {
      const v = given[cf.name];
      if (isEmptyValue(v) || (cf.type !== 'object' && cf.type !== 'multiobject')) continue;
      const target = cf.related_object_type ? registryOf(ctx)?.models.get(cf.related_object_type) : undefined;
      if (!target) throw new FieldValueError([`Unknown related object(s): ${String(v)}`]);
      try {
        given[cf.name] = await resolveObjects(ctx.db, target, v, cf.type === 'multiobject');
      } catch (err) {
        if (err instanceof CustomFieldValueError) throw new FieldValueError([err.message]);
        throw err;
      }
    }
    // An update merges into the stored data; a create fills the defaults of the fields not given.
    const base: Record<string, unknown> = existing ? dataOf(existing) : {};
    if (!existing) for (const cf of defs) if (cf.default !== null && !(cf.name in given)) base[cf.name] = cf.default;
    return cleanData(ctx.db, model, defs, { ...base, ...given }, existing?.id);
  },

  async parseAbsent(ctx, model, existing) {
    if (!featuresOf(model).has('custom_fields')) return undefined;
    const defs = await fieldsFor(ctx.db, model.label);
    if (defs.length === 0) return undefined;
    // An edit without custom_fields still runs NetBox's clean() over the stored values; nothing to write.
    if (existing) {
      await cleanData(ctx.db, model, defs, dataOf(existing), existing.id);
      return undefined;
    }
    // NetBox's CustomFieldDefaultValues: every field, with its default or null.
    return cleanData(ctx.db, model, defs, Object.fromEntries(defs.map((cf) => [cf.name, cf.default ?? null])), undefined);
  },

  async save(ctx, model, row, parsed) {
    const data = parsed as Record<string, unknown>;
    await ctx.db(model.tableName).where('id', row.id as number).update({ custom_field_data: JSON.stringify(data) });
    // The written row is what the change log renders next: keep it current.
    row.custom_field_data = data;
  },

  schema: {
    read: { type: 'object', additionalProperties: {}, description: 'Custom field values by name (object fields as brief objects).' },
    write: { type: 'object', additionalProperties: {}, description: 'Custom field values by name; object fields as ids or attribute dicts.' },
  },
};
