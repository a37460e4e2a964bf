/** OPTIONS responses (DRF's SimpleMetadata as NetBox's BulkOperationMetadata shapes it). */
import type { Resource } from './resource.js';
import { isWritable } from '../serializers/define-serializer.js';
import type { FieldSpec } from '../models/fields.js';

const DRF_TYPES: Record<string, string> = {
  string: 'string', text: 'string', slug: 'slug', integer: 'integer', generic_id: 'integer', decimal: 'decimal',
  boolean: 'boolean', date: 'date', datetime: 'datetime', json: 'json', choice: 'choice', related: 'field',
  many: 'field', generic_type: 'string', cidr: 'string', inet: 'string', int_array: 'list', string_array: 'list',
  tags: 'list', custom_fields: 'json',
};

function label(name: string): string {
  const s = name.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function describe(name: string, spec: FieldSpec, creating: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: DRF_TYPES[spec.kind] ?? 'field',
    required: creating ? Boolean(spec.required) : false,
    read_only: false,
    label: label(name),
  };
  if (spec.maxLength) out.max_length = spec.maxLength;
  if (spec.min !== undefined) out.min_value = spec.min;
  if (spec.max !== undefined) out.max_value = spec.max;
  if (spec.choices) out.choices = spec.choices.choices.map((c) => ({ value: c.value, display_name: c.label }));
  return out;
}

export function optionsMetadata(resource: Resource, detail: boolean, canWrite: boolean): Record<string, unknown> {
  const ser = resource.serializer;
  const body: Record<string, unknown> = {
    name: detail ? `${label(resource.model.verboseName ?? resource.slug)}` : `${label(resource.model.verboseNamePlural ?? resource.slug)}`,
    description: '',
    renders: ['application/json'],
    parses: ['application/json'],
  };
  if (canWrite && !resource.readOnly) {
    const fields = Object.fromEntries(
      // Fields with a writeSchema are read by a write hook from the body, so they are writable too.
      ser.fields.filter((n) => isWritable(n, ser.specs[n]!) || ser.specs[n]!.writeSchema).map((n) => [n, describe(n, ser.specs[n]!, !detail)]),
    );
    body.actions = detail ? { PUT: fields } : { POST: fields };
  }
  return body;
}
