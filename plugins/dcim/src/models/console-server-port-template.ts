/** A console server port every device (or module) of the type is created with. */
import { field, type FieldMap } from '@patchbay/core';
import { ConsolePortTypeChoices } from '../choices.js';
import { ModularComponentTemplateModel } from './component-template.js';

export class ConsoleServerPortTemplate extends ModularComponentTemplateModel {
  static override tableName = 'dcim_consoleserverporttemplate';
  static override label = 'dcim.consoleserverporttemplate';
  static override verboseName = 'console server port template';
  static override verboseNamePlural = 'console server port templates';
  static override fields: FieldMap = {
    type: field.choice(ConsolePortTypeChoices, { nullable: true, default: null }),
  };
}
