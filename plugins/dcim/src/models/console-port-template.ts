/** A console port every device (or module) of the type is created with. */
import { field, type FieldMap } from '@patchbay/core';
import { ConsolePortTypeChoices } from '../choices.js';
import { ModularComponentTemplateModel } from './component-template.js';

export class ConsolePortTemplate extends ModularComponentTemplateModel {
  static override tableName = 'dcim_consoleporttemplate';
  static override label = 'dcim.consoleporttemplate';
  static override verboseName = 'console port template';
  static override verboseNamePlural = 'console port templates';
  static override fields: FieldMap = {
    type: field.choice(ConsolePortTypeChoices, { nullable: true, default: null }),
  };
}
