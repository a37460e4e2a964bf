/** The function a device serves ("core switch"); its colour marks devices in rack elevations. */
import { OrganizationalModel, field, type FieldMap } from '@patchbay/core';
import { colorField } from './color-field.js';

export class DeviceRole extends OrganizationalModel {
  static override tableName = 'dcim_devicerole';
  static override label = 'dcim.devicerole';
  static override verboseName = 'device role';
  static override verboseNamePlural = 'device roles';
  static override fields: FieldMap = {
    color: colorField({ default: '9e9e9e' }),
    vm_role: field.boolean({ default: true, description: 'Virtual machines may be assigned to this role' }),
  };
}
