/** A bay for a child device, on parent device types only. */
import { ValidationError, type HookContext } from '@patchbay/core';
import { ComponentTemplateModel } from './component-template.js';
import { DeviceType } from './device-type.js';

export class DeviceBayTemplate extends ComponentTemplateModel {
  static override tableName = 'dcim_devicebaytemplate';
  static override label = 'dcim.devicebaytemplate';
  static override verboseName = 'device bay template';
  static override verboseNamePlural = 'device bay templates';

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await super.clean(row, prev, ctx);
    const type = await ctx.trx(DeviceType.tableName).select('model', 'subdevice_role').where('id', row.device_type_id as number).first();
    if (type && type.subdevice_role !== 'parent')
      throw ValidationError.nonField(`Subdevice role of device type (${type.model}) must be set to "parent" to allow device bays.`);
  }
}
