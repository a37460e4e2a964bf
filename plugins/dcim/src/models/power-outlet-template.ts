/** A power outlet every device (or module) of the type is created with, fed by one of its power ports. */
import { ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { PowerOutletFeedLegChoices, PowerOutletTypeChoices } from '../choices.js';
import { ModularComponentTemplateModel } from './component-template.js';
import { PowerPortTemplate } from './power-port-template.js';

export class PowerOutletTemplate extends ModularComponentTemplateModel {
  static override tableName = 'dcim_poweroutlettemplate';
  static override label = 'dcim.poweroutlettemplate';
  static override verboseName = 'power outlet template';
  static override verboseNamePlural = 'power outlet templates';
  static override fields: FieldMap = {
    type: field.choice(PowerOutletTypeChoices, { nullable: true, default: null }),
    power_port: field.related(() => PowerPortTemplate, { nullable: true, default: null, onDelete: 'set_null' }),
    feed_leg: field.choice(PowerOutletFeedLegChoices, { nullable: true, default: null, description: 'Phase (for three-phase feeds)' }),
  };

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await super.clean(row, prev, ctx);
    if (row.power_port_id == null) return;
    const port = await this.sameParent(ctx, PowerPortTemplate.tableName, row.power_port_id, row);
    const name = PowerPortTemplate.displayOf(port.row);
    if (row.device_type_id != null && !port.sameDeviceType)
      throw ValidationError.nonField(`Parent power port (${name}) must belong to the same device type`);
    if (row.module_type_id != null && !port.sameModuleType)
      throw ValidationError.nonField(`Parent power port (${name}) must belong to the same module type`);
  }
}
