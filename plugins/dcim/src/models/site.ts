/** STUB: placeholder so other areas can import Site; its owner replaces this file with the real model. */
import { PrimaryModel, type FieldMap } from '@patchbay/core';

export class Site extends PrimaryModel {
  static override tableName = 'dcim_site';
  static override label = 'dcim.site';
  static override verboseName = 'site';
  static override verboseNamePlural = 'sites';
  static override fields: FieldMap = {};
}
