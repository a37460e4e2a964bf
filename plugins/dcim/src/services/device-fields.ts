/**
 * Field kinds the devices area needs beyond core's: NetBox's DecimalField with its digit limits
 * (position, latitude, longitude), nullable names where blank means "no name", and the read-only
 * nested forms NetBox shows for a device's parent and a chassis's members.
 */
import { field, FieldValueError, type FieldSpec } from '@patchbay/core';

type Json = Record<string, unknown>;

/** DRF's DecimalField: max digits, decimal places and range, with DRF's messages; rendered as a number. */
export function decimalField(opts: { maxDigits: number; places: number; min?: number; max?: number; nullable?: boolean; default?: unknown; description?: string }): FieldSpec {
  const base = field.decimal({ nullable: opts.nullable, default: opts.default, min: opts.min, max: opts.max, description: opts.description });
  return {
    ...base,
    parse(value) {
      if (value === null || value === '') {
        if (!opts.nullable) throw new FieldValueError(['This field may not be null.']);
        return null;
      }
      const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : null;
      if (text === null || !/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(text) || !Number.isFinite(Number(text)))
        throw new FieldValueError(['A valid number is required.']);
      const plain = (/e/i.test(text) ? Number(text).toFixed(12) : text).replace(/^[-+]/, '');
      const [rawWhole = '', rawFrac = ''] = plain.split('.');
      const wholeDigits = rawWhole.replace(/^0+/, '').length;
      const places = rawFrac.replace(/0+$/, '').length;
      if (wholeDigits + places > opts.maxDigits) throw new FieldValueError([`Ensure that there are no more than ${opts.maxDigits} digits in total.`]);
      if (places > opts.places) throw new FieldValueError([`Ensure that there are no more than ${opts.places} decimal places.`]);
      if (wholeDigits > opts.maxDigits - opts.places)
        throw new FieldValueError([`Ensure that there are no more than ${opts.maxDigits - opts.places} digits before the decimal point.`]);
      return base.parse!(Number(text));
    },
  };
}

/** A nullable name where blank means none (NetBox stores unnamed devices with a NULL name). */
export function optionalName(maxLength: number): FieldSpec {
  const base = field.string({ maxLength, nullable: true, default: null });
  return {
    ...base,
    parse(value) {
      const v = base.parse!(value);
      return v === '' ? null : v;
    },
  };
}

/** NetBox's display URL of an object from its REST URL (`…/api/dcim/devices/1/` → `…/dcim/devices/1/`). */
export function displayUrlOf(url: unknown): string | null {
  return typeof url === 'string' ? url.replace('/api/', '/') : null;
}

/** NetBox's NestedDevice form ({id, url, display_url, display, name}) from a device's brief form. */
export function nestedDevice(brief: Json | undefined | null): Json | null {
  if (!brief) return null;
  return { id: brief.id, url: brief.url, display_url: displayUrlOf(brief.url), display: brief.display, name: brief.name ?? null };
}

const nestedDeviceSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer', readOnly: true },
    url: { type: 'string', format: 'uri', readOnly: true },
    display_url: { type: 'string', format: 'uri', readOnly: true },
    display: { type: 'string', readOnly: true },
    name: { type: 'string', nullable: true, maxLength: 64 },
  },
};

/** OpenAPI schema of NetBox's NestedDevice. */
export const NESTED_DEVICE_SCHEMA = nestedDeviceSchema;

/** OpenAPI schema of a device's `parent_device`: the NestedDevice plus the bay it sits in. */
export const PARENT_DEVICE_SCHEMA = {
  ...nestedDeviceSchema,
  nullable: true,
  readOnly: true,
  properties: { ...nestedDeviceSchema.properties, device_bay: nestedDeviceSchema },
};
