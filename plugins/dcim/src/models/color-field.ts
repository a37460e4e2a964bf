/** NetBox's ColorField: six lower-case hex digits (roles, port colours, cable colours). */
import { field, FieldValueError, type FieldSpec } from '@patchbay/core';

const COLOR = /^[0-9a-f]{6}$/;

/** A colour column; `required` colours refuse blanks, others store '' for "no colour". */
export function colorField(opts: { default?: string; required?: boolean } = {}): FieldSpec {
  const base = field.string({ maxLength: 6, ...opts });
  return {
    ...base,
    schema: { type: 'string', pattern: '^[0-9a-f]{6}$', maxLength: 6 },
    parse(value) {
      const v = base.parse!(value) as string;
      if (v !== '' && !COLOR.test(v)) throw new FieldValueError(['Enter a valid hexadecimal RGB color code.']);
      return v;
    },
  };
}
