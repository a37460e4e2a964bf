/** NetBox's DistanceMixin fields: `distance` (DecimalField, 8 digits, 2 places) and its unit. */
import { field, FieldValueError, type FieldSpec } from '@patchbay/core';
import { DistanceUnitChoices } from '../choices.js';

/** A decimal with DRF's DecimalField(max_digits=8, decimal_places=2) checks and messages. */
export function distanceField(): FieldSpec {
  const base = field.decimal({ nullable: true, default: null });
  return {
    ...base,
    schema: { type: 'number', format: 'double', maximum: 1000000, minimum: -1000000, exclusiveMaximum: true, exclusiveMinimum: true, nullable: true },
    parse(value) {
      const n = base.parse!(value) as number | null;
      if (n === null) return null;
      const [whole = '', frac = ''] = Math.abs(n).toString().split('.');
      const digits = (whole === '0' ? 0 : whole.length) + frac.length;
      if (digits > 8) throw new FieldValueError(['Ensure that there are no more than 8 digits in total.']);
      if (frac.length > 2) throw new FieldValueError(['Ensure that there are no more than 2 decimal places.']);
      if (whole.length > 6) throw new FieldValueError(['Ensure that there are no more than 6 digits before the decimal point.']);
      return n;
    },
  };
}

/** The unit; blank is stored as NULL (NetBox's null=True). */
export const distanceUnitField = (): FieldSpec => field.choice(DistanceUnitChoices, { nullable: true, default: null });
