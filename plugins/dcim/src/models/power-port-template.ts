/** A power inlet every device (or module) of the type is created with, with its draw. */
import { ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { PowerPortTypeChoices } from '../choices.js';
import { ModularComponentTemplateModel } from './component-template.js';

const draw = (description: string) => field.integer({ nullable: true, default: null, min: 1, max: 2147483647, description });

export class PowerPortTemplate extends ModularComponentTemplateModel {
  static override tableName = 'dcim_powerporttemplate';
  static override label = 'dcim.powerporttemplate';
  static override verboseName = 'power port template';
  static override verboseNamePlural = 'power port templates';
  static override fields: FieldMap = {
    type: field.choice(PowerPortTypeChoices, { nullable: true, default: null }),
    maximum_draw: draw('Maximum power draw (watts)'),
    allocated_draw: draw('Allocated power draw (watts)'),
  };

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await super.clean(row, prev, ctx);
    if (row.maximum_draw != null && row.allocated_draw != null && Number(row.allocated_draw) > Number(row.maximum_draw))
      throw ValidationError.field('allocated_draw', `Allocated draw cannot exceed the maximum draw (${row.maximum_draw}W).`);
  }
}
