/**
 * A device bay of a parent device (NetBox's DeviceBay): holds one child device. Only devices whose
 * type is a parent have bays; only child-type devices at the same site can be installed, not the
 * device itself and not one installed elsewhere.
 */
import { NetBoxModel, ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { componentDisplay, componentFields, deviceOf, raiseIf, uniqueDeviceName } from '../services/component-common.js';
import { Device } from './device.js';
import { DeviceType } from './device-type.js';

export class DeviceBay extends NetBoxModel {
  static override tableName = 'dcim_devicebay';
  static override label = 'dcim.devicebay';
  static override verboseName = 'device bay';
  static override verboseNamePlural = 'device bays';
  static override ordering = ['device', '_name'];
  static override uniqueTogether = [uniqueDeviceName('device bay')];
  static override fields: FieldMap = {
    ...componentFields({ modular: false }),
    installed_device: field.related(() => Device, { nullable: true, default: null, onDelete: 'set_null' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return componentDisplay(row);
  }

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    const trx = ctx.trx;
    const device = await deviceOf(trx, row.device_id);
    if (!device) return;
    const type = await trx(DeviceType.tableName).where('id', device.device_type_id as number).first();
    if (type && type.subdevice_role !== 'parent')
      throw ValidationError.nonField(`This type of device (${DeviceType.displayOf(type)}) does not support device bays.`);
    if (row.installed_device_id == null) return;
    if (Number(row.installed_device_id) === Number(row.device_id)) throw ValidationError.nonField('Cannot install a device into itself.');
    const child = await deviceOf(trx, row.installed_device_id);
    if (!child) return;
    const childType = await trx(DeviceType.tableName).where('id', child.device_type_id as number).first();
    if (childType && childType.subdevice_role !== 'child')
      raiseIf({ installed_device: [`Cannot install the specified device; its type (${DeviceType.displayOf(childType)}) is not a child device type.`] });
    if (String(child.site_id) !== String(device.site_id))
      raiseIf({ installed_device: [`Cannot install the specified device; it belongs to a different site than the parent device.`] });
    const current = await trx(DeviceBay.tableName).where('installed_device_id', row.installed_device_id as number)
      .modify((qb) => { if (prev) qb.whereNot('id', prev.id as number); }).first();
    if (current)
      raiseIf({ installed_device: [`Cannot install the specified device; device is already installed in ${componentDisplay(current)}`] });
  }
}
