/** A power outlet of a device (NetBox's PowerOutlet), fed by one of the same device's power ports. */
import { NetBoxModel, ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { PowerOutletFeedLegChoices, PowerOutletTypeChoices } from '../choices.js';
import { cleanComponent, colorField, componentDisplay, componentFields, uniqueDeviceName } from '../services/component-common.js';
import { PowerPort } from './power-port.js';
import { cableFields, cleanCabledObject, occupiedField } from '../cabling/cabled-fields.js';
import { pathEndpointFields } from '../cabling/paths/fields.js';

export class PowerOutlet extends NetBoxModel {
  static override tableName = 'dcim_poweroutlet';
  static override label = 'dcim.poweroutlet';
  static override verboseName = 'power outlet';
  static override verboseNamePlural = 'power outlets';
  static override ordering = ['device', '_name'];
  static override uniqueTogether = [uniqueDeviceName('power outlet')];
  static override fields: FieldMap = {
    ...componentFields(),
    type: field.choice(PowerOutletTypeChoices, { default: '' }),
    color: colorField(),
    power_port: field.related(() => PowerPort, { nullable: true, default: null, onDelete: 'set_null' }),
    feed_leg: field.choice(PowerOutletFeedLegChoices, { default: '' }),
    mark_connected: field.boolean({ default: false }),
    ...cableFields(),
    ...pathEndpointFields,
    _occupied: occupiedField,
  };

  static override displayOf(row: Record<string, unknown>): string {
    return componentDisplay(row);
  }

  /** NetBox: the power port must belong to the same device (a non-field error). */
  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext) {
    await cleanComponent(row, ctx);
    cleanCabledObject(row);
    if (row.power_port_id == null) return;
    const port = await ctx.trx(PowerPort.tableName).where('id', row.power_port_id as number).first();
    if (port && Number(port.device_id) !== Number(row.device_id))
      throw ValidationError.nonField(`Parent power port (${PowerPort.displayOf(port)}) must belong to the same device`);
  }
}
