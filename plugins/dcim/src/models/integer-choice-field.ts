/** Integer-valued choice fields (rack width, console port speed), shared by the racks and components areas. */
import { FieldValueError, field, type ChoiceSet, type FieldSpec } from '@patchbay/core';

/** A choice field whose values are integers (console port speed): stored as an integer, rendered `{value: 9600, label}`. */
export function integerChoiceField(choices: ChoiceSet, opts: Partial<FieldSpec> = {}): FieldSpec {
  const base = field.choice(choices, opts);
  return {
    ...base,
    parse(value) {
      if (value === null || value === '') {
        if (!opts.nullable) throw new FieldValueError(['This field may not be null.']);
        return null;
      }
      if (typeof value === 'object') throw new FieldValueError(['Value must be passed directly (e.g. "foo": 123); do not use a dictionary or list.']);
      if (!choices.has(String(value))) throw new FieldValueError([`${JSON.stringify(String(value))} is not a valid choice.`]);
      return Number(value);
    },
    render(v) {
      if (v === null || v === undefined) return null;
      return { value: Number(v), label: choices.label(String(v)) };
    },
  };
}
