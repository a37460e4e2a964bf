/** A pass-through port on the rear of every device (or module) of the type, with 1–1024 positions. */
import { field, type FieldMap } from '@patchbay/core';
import { PortTypeChoices } from '../choices.js';
import { colorField } from './color-field.js';
import { ModularComponentTemplateModel } from './component-template.js';

/** NetBox's REARPORT_POSITIONS_MIN / _MAX. */
export const REARPORT_POSITIONS = { min: 1, max: 1024 };

export class RearPortTemplate extends ModularComponentTemplateModel {
  static override tableName = 'dcim_rearporttemplate';
  static override label = 'dcim.rearporttemplate';
  static override verboseName = 'rear port template';
  static override verboseNamePlural = 'rear port templates';
  static override fields: FieldMap = {
    type: field.choice(PortTypeChoices, { required: true }),
    color: colorField({ default: '' }),
    positions: field.integer({ ...REARPORT_POSITIONS, default: 1 }),
  };
}
