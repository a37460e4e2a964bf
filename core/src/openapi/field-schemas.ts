/**
 * One field's JSON Schema, read and written, from its FieldSpec: the field kinds of fields.ts are
 * the single description of a field, so the OpenAPI document cannot drift from what render.ts
 * emits and parse.ts accepts.
 */
import type { ChoiceSet } from '../choices.js';
import type { ModelClass } from '../models/base-model.js';
import { targetOf, type FieldSpec } from '../models/fields.js';
import type { Registry } from '../registry/registry.js';
import { ref } from './names.js';

export type JsonSchema = Record<string, unknown>;

/** What a field schema needs from the document being built: brief schemas of related models. */
export interface SchemaContext {
  registry: Registry;
  /** Ensures `Brief<Model>` exists and returns its name. */
  brief(model: ModelClass): string;
}

/** OpenAPI 3.1 nullability: a type array, or a `oneOf` with null for references and compositions. */
export function nullable(schema: JsonSchema): JsonSchema {
  if (Object.keys(schema).length === 0) return schema;
  if (typeof schema.type === 'string') {
    const out: JsonSchema = { ...schema, type: [schema.type, 'null'] };
    if (Array.isArray(schema.enum)) out.enum = [...schema.enum, null];
    return out;
  }
  if (Array.isArray(schema.type)) return schema.type.includes('null') ? schema : { ...schema, type: [...schema.type, 'null'] };
  if (Array.isArray(schema.oneOf)) return { ...schema, oneOf: [...schema.oneOf, { type: 'null' }] };
  const { description, readOnly, ...rest } = schema;
  return { oneOf: [rest, { type: 'null' }], ...(description ? { description } : {}), ...(readOnly ? { readOnly } : {}) };
}

/** NetBox's enum description: one `* value - Label` line per choice. */
function choiceText(choices: ChoiceSet): string {
  return choices.choices.map((c) => `* \`${c.value}\` - ${c.label}`).join('\n');
}

/** The schema of a stored scalar value, shared by read and write forms. */
function scalarSchema(spec: FieldSpec): JsonSchema {
  const bounds = (s: JsonSchema) => {
    if (spec.min !== undefined) s.minimum = spec.min;
    if (spec.max !== undefined) s.maximum = spec.max;
    return s;
  };
  switch (spec.kind) {
    case 'string': case 'text': case 'slug': {
      const s: JsonSchema = { type: 'string' };
      if (spec.maxLength) s.maxLength = spec.maxLength;
      if (spec.kind === 'slug') s.pattern = '^[-a-zA-Z0-9_]+$';
      else if (spec.pattern) s.pattern = spec.pattern.source;
      return s;
    }
    case 'integer': case 'generic_id': return bounds({ type: 'integer' });
    case 'decimal': return bounds({ type: 'number' });
    case 'boolean': return { type: 'boolean' };
    case 'date': return { type: 'string', format: 'date' };
    case 'datetime': return { type: 'string', format: 'date-time' };
    case 'json': return {};
    case 'generic_type': return { type: 'string', pattern: '^[a-z0-9_]+\\.[a-z0-9_]+$', description: 'An object type, `app_label.model`.' };
    case 'cidr': return { type: 'string', description: 'An IPv4 or IPv6 network with mask (host bits zero).' };
    case 'inet': return { type: 'string', description: 'An IPv4 or IPv6 address with mask.' };
    case 'int_array': return { type: 'array', items: bounds({ type: 'integer' }) };
    case 'string_array': return { type: 'array', items: { type: 'string' } };
    default: return {};
  }
}

function withDescription(schema: JsonSchema, spec: FieldSpec): JsonSchema {
  if (!spec.description) return schema;
  const existing = typeof schema.description === 'string' ? `${schema.description}\n\n` : '';
  return { ...schema, description: `${existing}${spec.description}` };
}

/** The rendered (response) form of a field. */
export function readSchema(spec: FieldSpec, owner: ModelClass, ctx: SchemaContext): JsonSchema {
  // A field that renders itself differently from its kind (e.g. object types as labels) says so.
  if (spec.schema && spec.kind !== 'computed' && spec.kind !== 'loaded') return withDescription({ ...spec.schema, ...(spec.readOnly ? { readOnly: true } : {}) }, spec);
  let s: JsonSchema;
  switch (spec.kind) {
    case 'choice': {
      const choices = spec.choices!;
      const props: JsonSchema = {
        value: { type: 'string', enum: choices.values() },
        label: { type: 'string', enum: [...new Set(choices.choices.map((c) => c.label))] },
      };
      if (choices.choices.some((c) => c.color)) props.color = { type: 'string' };
      s = { type: 'object', properties: props, required: ['value', 'label'], description: choiceText(choices) };
      // render.ts answers null for a blank value, so only a required, non-null choice is never null.
      return withDescription(spec.required && !spec.nullable ? s : nullable(s), spec);
    }
    case 'related': s = ref(ctx.brief(targetOf(spec, owner))); break;
    case 'many': return withDescription({ type: 'array', items: ref(ctx.brief(targetOf(spec, owner))) }, spec);
    case 'generic':
      return withDescription({ type: ['object', 'null'], additionalProperties: {}, readOnly: true, description: 'The related object in brief form.' }, spec);
    case 'count': return spec.schema ?? { type: 'integer', format: 'int64', readOnly: true };
    case 'computed': case 'loaded': return { ...(spec.schema ?? { type: 'string' }), readOnly: true };
    case 'tags': case 'custom_fields': return { ...ctx.registry.fieldProvider(spec.kind).schema.read };
    default: s = scalarSchema(spec);
  }
  if (spec.readOnly) s = { ...s, readOnly: true };
  return withDescription(spec.nullable ? nullable(s) : s, spec);
}

/** A foreign key as written: an id, or attributes that identify exactly one target. */
function relatedWrite(target: ModelClass): JsonSchema {
  return {
    oneOf: [
      { type: 'integer', description: `The ${target.verboseName ?? target.label}'s id.` },
      { type: 'object', additionalProperties: {}, description: `Attributes that identify exactly one ${target.verboseName ?? target.label}.` },
    ],
  };
}

/** The written (request) form of a writable field; `required` adds NetBox's `minLength: 1`. */
export function writeSchema(spec: FieldSpec, owner: ModelClass, ctx: SchemaContext, required: boolean): JsonSchema {
  if (spec.writeSchema) return withDescription({ ...spec.writeSchema }, spec);
  if (spec.schema && spec.kind !== 'computed') return withDescription({ ...spec.schema }, spec);
  let s: JsonSchema;
  switch (spec.kind) {
    case 'choice': {
      const values: string[] = spec.choices!.values();
      s = { type: 'string', enum: required ? values : [...values, ''], description: choiceText(spec.choices!) };
      break;
    }
    case 'related': s = relatedWrite(targetOf(spec, owner)); break;
    case 'many': return withDescription({ type: 'array', items: relatedWrite(targetOf(spec, owner)) }, spec);
    case 'tags': case 'custom_fields': return { ...ctx.registry.fieldProvider(spec.kind).schema.write };
    default: {
      s = scalarSchema(spec);
      if (required && s.type === 'string') s.minLength = 1;
    }
  }
  if (spec.writeOnly) s = { ...s, writeOnly: true };
  if (spec.default !== undefined && typeof spec.default !== 'function') s = { ...s, default: spec.default };
  return withDescription(spec.nullable ? nullable(s) : s, spec);
}
