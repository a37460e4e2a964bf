/** A rear pass-through port (NetBox's RearPort): 1…1024 positions, each mapped to at most one front port. */
import { NetBoxModel, field, type FieldMap, type HookContext } from '@patchbay/core';
import { PortTypeChoices } from '../choices.js';
import { cleanComponent, colorField, componentDisplay, componentFields, raiseIf, uniqueDeviceName } from '../services/component-common.js';
import { cableFields, cleanCabledObject, occupiedField } from '../cabling/cabled-fields.js';

export class RearPort extends NetBoxModel {
  static override tableName = 'dcim_rearport';
  static override label = 'dcim.rearport';
  static override verboseName = 'rear port';
  static override verboseNamePlural = 'rear ports';
  static override ordering = ['device', '_name'];
  static override uniqueTogether = [uniqueDeviceName('rear port')];
  static override fields: FieldMap = {
    ...componentFields(),
    type: field.choice(PortTypeChoices, { required: true }),
    color: colorField(),
    positions: field.integer({ default: 1, min: 1, max: 1024 }),
    mark_connected: field.boolean({ default: false }),
    ...cableFields(),
    _occupied: occupiedField,
  };

  static override displayOf(row: Record<string, unknown>): string {
    return componentDisplay(row);
  }

  /** Positions cannot drop below what mapped front ports use. */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await cleanComponent(row, ctx);
    cleanCabledObject(row);
    if (!prev) return;
    const [{ n, top }] = await ctx.trx('dcim_frontport').count({ n: '*' }).max({ top: 'rear_port_position' }).where('rear_port_id', prev.id as number);
    const count = Number(n);
    raiseIf(count && (Number(row.positions) < count || Number(row.positions) < Number(top))
      ? { positions: [`The number of positions cannot be less than the number of mapped front ports (${count})`] }
      : {});
  }
}
