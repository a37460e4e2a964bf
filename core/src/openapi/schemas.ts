/**
 * Component schemas per model, named as NetBox names them: `<Model>` (the full response),
 * `Brief<Model>` (nested objects and `?brief=true`), `Paginated<Model>List`, and the request
 * forms `Writable<Model>Request` (create / replace), `Patched<Model>Request` (partial update)
 * and `<Model>Request` (one item of a bulk update, `id` included).
 */
import type { ModelClass } from '../models/base-model.js';
import { isWritable, type Serializer } from '../serializers/define-serializer.js';
import type { Registry } from '../registry/registry.js';
import { readSchema, writeSchema, type JsonSchema, type SchemaContext } from './field-schemas.js';
import { ref, type SchemaNames } from './names.js';

/** Always present in a full or brief object (NetBox lists these plus the required fields). */
const ALWAYS = ['id', 'url', 'display'];

/** Collects `components.schemas`; brief schemas are added on first reference, so only used ones exist. */
export class ComponentSchemas implements SchemaContext {
  readonly schemas: Record<string, JsonSchema> = {};

  constructor(
    readonly registry: Registry,
    readonly names: SchemaNames,
  ) {}

  brief(model: ModelClass): string {
    const name = `Brief${this.names.of(model)}`;
    if (this.schemas[name]) return name;
    this.schemas[name] = {}; // placeholder: a brief form may reach itself through a related field
    const ser = this.registry.serializers.get(model.label);
    this.schemas[name] = ser
      ? this.objectSchema(ser, ser.brief)
      : {
          // render.ts's fallback for a model without a serializer
          type: 'object',
          properties: { id: { type: 'integer', readOnly: true }, display: { type: 'string', readOnly: true } },
          required: ['id', 'display'],
        };
    return name;
  }

  /** Adds the schemas of a served model (request forms only when writable) and returns their names. */
  addModel(ser: Serializer, writable: boolean): ModelSchemaNames {
    const base = this.names.of(ser.model);
    const names: ModelSchemaNames = {
      full: base,
      brief: this.brief(ser.model),
      paginated: `Paginated${base}List`,
      writable: `Writable${base}Request`,
      patched: `Patched${base}Request`,
      bulk: `${base}Request`,
    };
    this.schemas[base] ??= this.objectSchema(ser, ser.fields);
    this.schemas[names.paginated] ??= paginated(base);
    if (!writable || this.schemas[names.writable]) return names;
    const request = this.requestSchema(ser, false);
    this.schemas[names.writable] = request;
    this.schemas[names.patched] = this.requestSchema(ser, true);
    this.schemas[names.bulk] = {
      ...request,
      properties: { id: { type: 'integer' }, ...(request.properties as JsonSchema) },
      required: ['id', ...((request.required as string[] | undefined) ?? [])],
    };
    return names;
  }

  private objectSchema(ser: Serializer, fields: readonly string[]): JsonSchema {
    const properties: JsonSchema = {};
    const required: string[] = [];
    for (const name of fields) {
      const spec = ser.specs[name]!;
      if (spec.writeOnly) continue;
      properties[name] = readSchema(spec, ser.model, this);
      if (ALWAYS.includes(name) || (spec.required && isWritable(name, spec))) required.push(name);
    }
    return { type: 'object', properties, required };
  }

  private requestSchema(ser: Serializer, partial: boolean): JsonSchema {
    const properties: JsonSchema = {};
    const required: string[] = [];
    for (const name of ser.fields) {
      const spec = ser.specs[name]!;
      if (!isWritable(name, spec) && !spec.writeSchema) continue;
      const isRequired = Boolean(spec.required) && !partial;
      properties[name] = writeSchema(spec, ser.model, this, Boolean(spec.required));
      if (isRequired) required.push(name);
    }
    return required.length ? { type: 'object', properties, required } : { type: 'object', properties };
  }
}

/** The component names of one served model. */
export interface ModelSchemaNames {
  full: string;
  brief: string;
  paginated: string;
  writable: string;
  patched: string;
  bulk: string;
}

/** NetBox's paginated list envelope (`count` is null when `?start=` cursor paging is used). */
function paginated(item: string): JsonSchema {
  return {
    type: 'object',
    required: ['count', 'results'],
    properties: {
      count: { type: ['integer', 'null'], examples: [123] },
      next: { type: ['string', 'null'], format: 'uri' },
      previous: { type: ['string', 'null'], format: 'uri' },
      results: { type: 'array', items: ref(item) },
    },
  };
}
