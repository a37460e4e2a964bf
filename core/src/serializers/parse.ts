/**
 * Parses a written object (NetBox's writable serializer): validates each field, resolves related
 * objects given by id or attributes, fills defaults on create, and collects every problem into
 * one `{field: [messages]}` error.
 */
import type { Knex } from 'knex';
import { ValidationError, type FieldErrors } from '../errors.js';
import type { Registry } from '../registry/registry.js';
import { columnOf, FieldValueError, targetOf } from '../models/fields.js';
import { isWritable, type Serializer } from './define-serializer.js';
import { resolveRelated } from './resolve-related.js';

export interface ParsedWrite {
  /** Column → value to store. */
  values: Record<string, unknown>;
  /** Many-to-many field → target ids (replaces the set). */
  many: Record<string, number[]>;
  /** Extension-provided fields (tags, custom_fields) → parsed value for the provider's save. */
  provided: Partial<Record<'tags' | 'custom_fields', unknown>>;
}

export interface ParseOptions {
  /** PATCH: absent fields keep their value and `required` is not enforced. */
  partial: boolean;
  /** The stored row on update; null on create. */
  existing: Record<string, unknown> | null;
  db: Knex;
  registry: Registry;
  baseUrl: string;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when a string anywhere inside the value holds a NUL, which Postgres text and jsonb refuse. */
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 64 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => containsNul(v, depth + 1));
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}

export async function parseWrite(ser: Serializer, body: unknown, opts: ParseOptions): Promise<ParsedWrite> {
  if (!isPlainObject(body)) {
    const got = Array.isArray(body) ? 'list' : body === null ? 'null' : typeof body;
    throw new ValidationError({ non_field_errors: [`Invalid data. Expected a dictionary, but got ${got}.`] });
  }
  const errors: FieldErrors = {};
  const out: ParsedWrite = { values: {}, many: {}, provided: {} };
  const creating = opts.existing === null;
  const model = ser.model;

  for (const name of ser.fields) {
    const spec = ser.specs[name]!;
    if (!isWritable(name, spec)) continue;
    const value = body[name];
    try {
      if (value === undefined) {
        // A provider may still have work (custom fields: defaults on create, stored values re-validated on update).
        if (spec.kind === 'tags' || spec.kind === 'custom_fields') {
          const provider = opts.registry.fieldProvider(spec.kind);
          const absent = await provider.parseAbsent?.({ db: opts.db, baseUrl: opts.baseUrl, registry: opts.registry }, model, opts.existing);
          if (absent !== undefined) out.provided[spec.kind] = absent;
          continue;
        }
        // PATCH skips absent fields; PUT and POST insist on required ones; only POST fills defaults.
        if (opts.partial) continue;
        if (spec.required) throw new FieldValueError(['This field is required.']);
        if (creating && spec.default !== undefined) {
          const col = columnOf(name, spec);
          if (col) out.values[col] = typeof spec.default === 'function' ? (spec.default as () => unknown)() : spec.default;
        }
        continue;
      }
      switch (spec.kind) {
        case 'related': {
          const col = columnOf(name, spec)!;
          if (value === null || value === '') {
            if (!spec.nullable) throw new FieldValueError(['This field may not be null.']);
            out.values[col] = null;
          } else out.values[col] = await resolveRelated(opts.db, targetOf(spec, model), value);
          break;
        }
        case 'many': {
          if (!Array.isArray(value)) throw new FieldValueError([`Expected a list of items but got type "${typeof value}".`]);
          const target = targetOf(spec, model);
          const ids: number[] = [];
          for (const item of value) ids.push(await resolveRelated(opts.db, target, item));
          out.many[name] = [...new Set(ids)];
          break;
        }
        case 'tags': case 'custom_fields': {
          const provider = opts.registry.fieldProvider(spec.kind);
          out.provided[spec.kind] = await provider.parse({ db: opts.db, baseUrl: opts.baseUrl, registry: opts.registry }, model, value, opts.existing);
          break;
        }
        default: {
          const col = columnOf(name, spec)!;
          // DRF's CharField refuses NUL with this message; Postgres would refuse it as a whole-request error.
          if (containsNul(value)) throw new FieldValueError(['Null characters are not allowed.']);
          out.values[col] = spec.parse ? spec.parse(value) : value;
        }
      }
    } catch (err) {
      if (err instanceof FieldValueError) errors[name] = err.messages;
      else throw err;
    }
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return out;
}
