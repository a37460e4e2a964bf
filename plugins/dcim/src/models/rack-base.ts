/**
 * What rack types and racks share (NetBox's RackBase + WeightMixin): width, unit numbering, outer
 * dimensions, mounting depth and weight — and the derived columns NetBox keeps for ordering by
 * weight (`_abs_weight`, `_abs_max_weight`, in grams). Not a model: a field table and helpers.
 */
import { FieldValueError, field, type FieldMap, type FieldSpec } from '@patchbay/core';
import { RackDimensionUnitChoices, RackWidthChoices, WeightUnitChoices } from '../choices.js';
import { integerChoiceField } from './integer-choice-field.js';

/**
 * Rack width: an integer-valued choice (NetBox's PositiveSmallIntegerField with RackWidthChoices),
 * stored as smallint, rendered `{"value": 19, "label": "19 inches"}` and written as 19 or "19".
 */
export function rackWidthField(): FieldSpec {
  const choices = RackWidthChoices;
  return {
    ...integerChoiceField(choices, { default: 19 }),
    schema: {
      type: 'object',
      properties: {
        value: { type: 'integer', enum: choices.values().map(Number) },
        label: { type: 'string', enum: choices.choices.map((c) => c.label) },
      },
      description: choices.choices.map((c) => `* \`${c.value}\` - ${c.label}`).join('\n'),
    },
  };
}

/** A decimal with NetBox's DecimalField(max_digits, decimal_places) limits and messages. */
export function boundedDecimal(maxDigits: number, places: number, opts: Partial<FieldSpec> = {}): FieldSpec {
  const base = field.decimal({ nullable: true, default: null, ...opts });
  return {
    ...base,
    parse(value) {
      const n = base.parse!(value) as number | null;
      if (n === null) return null;
      const [whole, frac = ''] = Math.abs(n).toString().split('.');
      if (frac.length > places) throw new FieldValueError([`Ensure that there are no more than ${places} decimal places.`]);
      if ((whole === '0' ? 0 : whole!.length) > maxDigits - places)
        throw new FieldValueError([`Ensure that there are no more than ${maxDigits - places} digits before the decimal point.`]);
      return n;
    },
    schema: { type: 'number', format: 'double', maximum: 10 ** (maxDigits - places), minimum: -(10 ** (maxDigits - places)), exclusiveMaximum: true, exclusiveMinimum: true, nullable: true },
  };
}

const smallUnsigned = { min: 0, max: 32767 };

/** Fields of NetBox's RackBase (and its WeightMixin), in no particular order (serializers order them). */
export const rackBaseFields: FieldMap = {
  width: rackWidthField(),
  u_height: field.integer({ min: 1, max: 100, default: 42, description: 'Height in rack units' }),
  starting_unit: field.integer({ min: 1, max: 32767, default: 1, description: 'Starting unit for rack' }),
  desc_units: field.boolean({ default: false, description: 'Units are numbered top-to-bottom' }),
  outer_width: field.integer({ ...smallUnsigned, nullable: true, default: null, description: 'Outer dimension of rack (width)' }),
  outer_depth: field.integer({ ...smallUnsigned, nullable: true, default: null, description: 'Outer dimension of rack (depth)' }),
  outer_unit: field.choice(RackDimensionUnitChoices, { nullable: true, default: null }),
  mounting_depth: field.integer({
    ...smallUnsigned, nullable: true, default: null,
    description: 'Maximum depth of a mounted device, in millimeters. For four-post racks, this is the distance between the front and rear rails.',
  }),
  weight: boundedDecimal(8, 2),
  weight_unit: field.choice(WeightUnitChoices, { nullable: true, default: null }),
  max_weight: field.integer({ min: 0, max: 2147483647, nullable: true, default: null, description: 'Maximum load capacity for the rack' }),
};

/** The physical attributes a rack takes from its rack type (NetBox's Rack.RACKTYPE_FIELDS, 4.2: no outer height). */
export const RACKTYPE_FIELDS = [
  'form_factor', 'width', 'u_height', 'starting_unit', 'desc_units', 'outer_width', 'outer_depth', 'outer_unit',
  'mounting_depth', 'weight', 'weight_unit', 'max_weight',
] as const;

/** Grams per unit (NetBox's utilities.conversion.to_grams). */
const GRAMS: Record<string, number> = { kg: 1000, g: 1, lb: 453.592, oz: 28.3495 };

const present = (v: unknown) => v !== null && v !== undefined && v !== '' && Number(v) !== 0;

/**
 * NetBox's RackBase/WeightMixin save(): the normalised weights used for ordering, and no outer
 * unit without an outer dimension (the weight unit stays: it also measures the maximum weight).
 * Returns the columns to write.
 */
export function derivedRackColumns(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  out._abs_weight = present(row.weight) && row.weight_unit ? Math.round(Number(row.weight) * GRAMS[String(row.weight_unit)]!) : null;
  out._abs_max_weight = present(row.max_weight) && row.weight_unit ? Math.round(Number(row.max_weight) * GRAMS[String(row.weight_unit)]!) : null;
  if (!present(row.outer_width) && !present(row.outer_depth)) out.outer_unit = null;
  return out;
}

/**
 * The checks RackType.clean() and Rack.clean() share (WeightMixin first): a weight, an outer
 * dimension or a maximum weight needs its unit. NetBox raises these as non-field errors.
 */
export function rackBaseErrors(row: Record<string, unknown>): string | null {
  if (present(row.weight) && !row.weight_unit) return 'Must specify a unit when setting a weight';
  if ((present(row.outer_width) || present(row.outer_depth)) && !row.outer_unit) return 'Must specify a unit when setting an outer dimension';
  if (present(row.max_weight) && !row.weight_unit) return 'Must specify a unit when setting a maximum weight';
  return null;
}
