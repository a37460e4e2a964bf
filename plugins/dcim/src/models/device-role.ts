/** STUB: placeholder so other areas can import DeviceRole; its owner replaces this file with the real model. */
import { OrganizationalModel, type FieldMap } from '@patchbay/core';

export class DeviceRole extends OrganizationalModel {
  static override tableName = 'dcim_devicerole';
  static override label = 'dcim.devicerole';
  static override verboseName = 'device role';
  static override verboseNamePlural = 'device roles';
  static override fields: FieldMap = {};
}
