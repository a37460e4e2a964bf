/** NetBox's WeightMixin: a weight and its unit (device types, module types, racks, rack types). */
import { ValidationError, field, type FieldMap } from '@patchbay/core';
import { WeightUnitChoices } from '../choices.js';

/** `weight` (numeric(8,2)) and `weight_unit`, both optional. */
export function weightFields(): FieldMap {
  return {
    weight: field.decimal({ nullable: true, default: null, min: -999999.99, max: 999999.99 }),
    weight_unit: field.choice(WeightUnitChoices, { nullable: true, default: null }),
  };
}

/** WeightMixin.clean(): a weight needs a unit (NetBox's wording, a non-field error). */
export function cleanWeight(row: Record<string, unknown>): void {
  if (row.weight !== null && row.weight !== undefined && Number(row.weight) !== 0 && !row.weight_unit)
    throw ValidationError.nonField('Must specify a unit when setting a weight');
}
