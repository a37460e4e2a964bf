/**
 * GPS coordinates as NetBox stores them: DecimalField(max_digits, decimal_places=6) with a
 * −limit…limit range (NetBox 4.4.7's validators). Written values are checked as DRF's DecimalField
 * does — digits in total, decimal places, digits before the point, in that order — then the range.
 */
import { field, FieldValueError, type FieldSpec } from '@patchbay/core';

const NUMBER = /^([-+])?(\d*)(?:\.(\d*))?(?:e([-+]?\d+))?$/i;

/** Digits of a decimal string as Python's Decimal counts them (leading zeros dropped, trailing kept). */
function digitsOf(text: string): { total: number; places: number; whole: number } | undefined {
  const m = NUMBER.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const all = `${m[2]}${m[3] ?? ''}`.replace(/^0+/, '') || '0';
  const exponent = Number(m[4] ?? 0) - (m[3] ?? '').length;
  const n = all.length;
  if (exponent >= 0) return { total: n + exponent, places: 0, whole: n + exponent };
  if (-exponent > n) return { total: -exponent, places: -exponent, whole: 0 };
  return { total: n, places: -exponent, whole: n + exponent };
}

/** A nullable coordinate; `maxDigits` as NetBox's column (8 for latitude, 9 for longitude). */
export function coordinateField(maxDigits: number, limit: number): FieldSpec {
  const places = 6;
  const base = field.decimal({ nullable: true, default: null, min: -limit, max: limit });
  return {
    ...base,
    schema: { type: 'number', format: 'double', minimum: -limit, maximum: limit, nullable: true, description: 'GPS coordinate in decimal format (xx.yyyyyy)' },
    parse(value) {
      if (value === null || value === '') return null;
      const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
      const digits = text === undefined ? undefined : digitsOf(text);
      if (text === undefined || !digits || !Number.isFinite(Number(text))) throw new FieldValueError(['A valid number is required.']);
      if (digits.total > maxDigits) throw new FieldValueError([`Ensure that there are no more than ${maxDigits} digits in total.`]);
      if (digits.places > places) throw new FieldValueError([`Ensure that there are no more than ${places} decimal places.`]);
      if (digits.whole > maxDigits - places)
        throw new FieldValueError([`Ensure that there are no more than ${maxDigits - places} digits before the decimal point.`]);
      const n = Number(text);
      if (n < -limit) throw new FieldValueError([`Ensure this value is greater than or equal to ${-limit}.`]);
      if (n > limit) throw new FieldValueError([`Ensure this value is less than or equal to ${limit}.`]);
      return text;
    },
  };
}
