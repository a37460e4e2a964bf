/** STUB: placeholder so other areas can import SiteGroup; its owner replaces this file with the real model. */
import { NestedGroupModel, type FieldMap } from '@patchbay/core';

export class SiteGroup extends NestedGroupModel {
  static override tableName = 'dcim_sitegroup';
  static override label = 'dcim.sitegroup';
  static override verboseName = 'site group';
  static override verboseNamePlural = 'site groups';
  static override fields: FieldMap = {};
}
