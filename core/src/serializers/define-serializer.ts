/**
 * defineSerializer: which of a model's fields the API shows, in NetBox's key order, and which
 * make up the brief form used for nested objects and `?brief=true`.
 */
import { PluginError } from '../errors.js';
import { fieldsOf, type FieldMap, type ModelClass } from '../models/base-model.js';
import { field, type FieldSpec } from '../models/fields.js';

/** The four keys every NetBox object starts with; provided by core for every serializer. */
export const STANDARD_FIELDS: FieldMap = {
  id: field.integer({ readOnly: true }),
  url: { kind: 'computed', readOnly: true, schema: { type: 'string', format: 'uri' } },
  display_url: { kind: 'computed', readOnly: true, schema: { type: 'string', format: 'uri' } },
  display: { kind: 'computed', readOnly: true, schema: { type: 'string' } },
};

export interface SerializerOptions {
  /** Field names in JSON key order (keep NetBox's order). */
  fields: string[];
  /** The brief form's fields. */
  brief: string[];
  /** Serializer-only fields (e.g. computed values), merged over the model's. */
  extraFields?: FieldMap;
}

export interface Serializer {
  readonly model: ModelClass;
  readonly fields: readonly string[];
  readonly brief: readonly string[];
  /** Every field spec by name, standard ones included. */
  readonly specs: Readonly<Record<string, FieldSpec>>;
}

/** Checks that every listed field exists on the model and returns a frozen serializer. */
export function defineSerializer(model: ModelClass, opts: SerializerOptions): Serializer {
  const specs: Record<string, FieldSpec> = { ...STANDARD_FIELDS, ...fieldsOf(model), ...(opts.extraFields ?? {}) };
  for (const name of [...opts.fields, ...opts.brief]) {
    if (!specs[name])
      throw new PluginError('PB_SERIALIZER_UNKNOWN_FIELD', `Serializer for ${model.label}: unknown field "${name}".`);
  }
  for (const name of opts.brief) {
    if (!opts.fields.includes(name))
      throw new PluginError('PB_SERIALIZER_UNKNOWN_FIELD', `Serializer for ${model.label}: brief field "${name}" is not in fields.`);
  }
  return Object.freeze({
    model,
    fields: Object.freeze([...opts.fields]),
    brief: Object.freeze([...opts.brief]),
    specs: Object.freeze(specs),
  });
}

/** A copy of a serializer with extra fields added (a plugin's `extends` contribution). */
export function extendSerializer(
  base: Serializer,
  additions: { name: string; spec: FieldSpec; after?: string | readonly string[]; brief?: boolean; replace?: boolean }[],
): Serializer {
  const fields = [...base.fields];
  const brief = [...base.brief];
  const specs = { ...base.specs };
  for (const a of additions) {
    // `replace`: a placeholder the owning plugin declared (a device's config_context) gets its real
    // spec from another plugin, keeping its place in the key order.
    if (a.replace) {
      if (!fields.includes(a.name))
        throw new PluginError('PB_SERIALIZER_UNKNOWN_FIELD', `Serializer for ${base.model.label} has no field "${a.name}" to replace.`);
      specs[a.name] = a.spec;
      continue;
    }
    if (specs[a.name])
      throw new PluginError('PB_SERIALIZER_DUPLICATE_FIELD', `Serializer for ${base.model.label} already has a field "${a.name}".`);
    specs[a.name] = a.spec;
    // `after` may list candidates, first present wins: a field whose neighbour another plugin may or may not add.
    const candidates = a.after === undefined ? [] : typeof a.after === 'string' ? [a.after] : a.after;
    const anchor = candidates.find((c) => fields.includes(c));
    const at = anchor ? fields.indexOf(anchor) : -1;
    if (at >= 0) fields.splice(at + 1, 0, a.name);
    else {
      const before = fields.findIndex((f) => f === 'tags' || f === 'custom_fields' || f === 'created');
      fields.splice(before >= 0 ? before : fields.length, 0, a.name);
    }
    if (a.brief) brief.push(a.name);
  }
  return Object.freeze({ model: base.model, fields: Object.freeze(fields), brief: Object.freeze(brief), specs: Object.freeze(specs) });
}

/** True for fields a client may write. */
export function isWritable(name: string, spec: FieldSpec): boolean {
  if (name in STANDARD_FIELDS) return false;
  if (spec.readOnly) return false;
  return !['count', 'computed', 'loaded', 'generic'].includes(spec.kind);
}
