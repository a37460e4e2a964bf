/** A power port (intake) of a device (NetBox's PowerPort), with its maximum and allocated draw in watts. */
import { NetBoxModel, field, type FieldMap, type HookContext } from '@patchbay/core';
import { PowerPortTypeChoices } from '../choices.js';
import { cleanComponent, componentDisplay, componentFields, raiseIf, uniqueDeviceName } from '../services/component-common.js';
import { cableFields, cleanCabledObject, occupiedField } from '../cabling/cabled-fields.js';
import { pathEndpointFields } from '../cabling/paths/fields.js';

export class PowerPort extends NetBoxModel {
  static override tableName = 'dcim_powerport';
  static override label = 'dcim.powerport';
  static override verboseName = 'power port';
  static override verboseNamePlural = 'power ports';
  static override ordering = ['device', '_name'];
  static override uniqueTogether = [uniqueDeviceName('power port')];
  static override fields: FieldMap = {
    ...componentFields(),
    type: field.choice(PowerPortTypeChoices, { default: '' }),
    maximum_draw: field.integer({ nullable: true, default: null, min: 1, max: 32767 }),
    allocated_draw: field.integer({ nullable: true, default: null, min: 1, max: 32767 }),
    mark_connected: field.boolean({ default: false }),
    ...cableFields(),
    ...pathEndpointFields,
    _occupied: occupiedField,
  };

  static override displayOf(row: Record<string, unknown>): string {
    return componentDisplay(row);
  }

  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext) {
    await cleanComponent(row, ctx);
    cleanCabledObject(row);
    const max = row.maximum_draw as number | null;
    const allocated = row.allocated_draw as number | null;
    raiseIf(max != null && allocated != null && allocated > max
      ? { allocated_draw: [`Allocated draw cannot exceed the maximum draw (${max}W).`] }
      : {});
  }
}
