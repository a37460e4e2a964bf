/** STUB: placeholder so other areas can import FrontPortTemplate; its owner replaces this file with the real model. */
import { ChangeLoggedModel, type FieldMap } from '@patchbay/core';

export class FrontPortTemplate extends ChangeLoggedModel {
  static override tableName = 'dcim_frontporttemplate';
  static override label = 'dcim.frontporttemplate';
  static override verboseName = 'front port template';
  static override verboseNamePlural = 'front port templates';
  static override fields: FieldMap = {};
}
