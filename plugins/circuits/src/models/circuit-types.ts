/** Circuit types and virtual circuit types (NetBox's BaseCircuitType): organisational, with an optional colour. */
import { OrganizationalModel, field, type FieldMap } from '@patchbay/core';
import { colorField } from '@patchbay/plugin-dcim';

/** NetBox's BaseCircuitType: ColorField(blank=True). */
const typeFields: FieldMap = {
  color: colorField({ default: '' }),
};

export class CircuitType extends OrganizationalModel {
  static override tableName = 'circuits_circuittype';
  static override label = 'circuits.circuittype';
  static override verboseName = 'circuit type';
  static override verboseNamePlural = 'circuit types';
  static override fields: FieldMap = typeFields;
}

export class VirtualCircuitType extends OrganizationalModel {
  static override tableName = 'circuits_virtualcircuittype';
  static override label = 'circuits.virtualcircuittype';
  static override verboseName = 'virtual circuit type';
  static override verboseNamePlural = 'virtual circuit types';
  static override fields: FieldMap = typeFields;
}
