/** STUB: placeholder so other areas can import Platform; its owner replaces this file with the real model. */
import { OrganizationalModel, type FieldMap } from '@patchbay/core';

export class Platform extends OrganizationalModel {
  static override tableName = 'dcim_platform';
  static override label = 'dcim.platform';
  static override verboseName = 'platform';
  static override verboseNamePlural = 'platforms';
  static override fields: FieldMap = {};
}
