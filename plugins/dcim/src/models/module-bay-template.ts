/** A module bay every device (or module) of the type is created with; its position fills {module}. */
import { field, type FieldMap } from '@patchbay/core';
import { ModularComponentTemplateModel } from './component-template.js';

export class ModuleBayTemplate extends ModularComponentTemplateModel {
  static override tableName = 'dcim_modulebaytemplate';
  static override label = 'dcim.modulebaytemplate';
  static override verboseName = 'module bay template';
  static override verboseNamePlural = 'module bay templates';
  static override fields: FieldMap = {
    position: field.string({ maxLength: 30, default: '', description: 'Identifier to reference when renaming installed components' }),
  };
}
