/** A rack role (NetBox's RackRole): the function of a rack, with a colour. */
import { FieldValueError, OrganizationalModel, field, type FieldMap, type FieldSpec } from '@patchbay/core';

/** NetBox's ColorField: six lowercase hex digits, grey by default (ColorChoices.COLOR_GREY). */
export function colorField(): FieldSpec {
  const base = field.string({ maxLength: 6, default: '9e9e9e', schema: { type: 'string', pattern: '^[0-9a-f]{6}$', maxLength: 6 } });
  return {
    ...base,
    parse(value) {
      const v = base.parse!(value);
      if (v === '') throw new FieldValueError(['This field may not be blank.']);
      if (typeof v === 'string' && !/^[0-9a-f]{6}$/.test(v)) throw new FieldValueError(['Enter a valid hexadecimal RGB color code.']);
      return v;
    },
  };
}

export class RackRole extends OrganizationalModel {
  static override tableName = 'dcim_rackrole';
  static override label = 'dcim.rackrole';
  static override verboseName = 'rack role';
  static override verboseNamePlural = 'rack roles';
  static override fields: FieldMap = {
    color: colorField(),
  };
}
