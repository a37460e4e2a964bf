/**
 * A virtual chassis (NetBox's VirtualChassis): devices sharing one control plane, such as a switch
 * stack. Members point at it (`Device.virtual_chassis`); the master must be one of them. Creating a
 * chassis with a master makes that device its member at position 1.
 */
import { PrimaryModel, ValidationError, conflict, field, type FieldMap, type HookContext } from '@patchbay/core';
import { Device } from './device.js';
import { NESTED_DEVICE_SCHEMA, nestedDevice } from '../services/device-fields.js';

type Json = Record<string, unknown>;

export class VirtualChassis extends PrimaryModel {
  static override tableName = 'dcim_virtualchassis';
  static override label = 'dcim.virtualchassis';
  static override verboseName = 'virtual chassis';
  static override verboseNamePlural = 'virtual chassis';
  static override ordering = ['name'];
  static override fields: FieldMap = {
    name: field.string({ maxLength: 64, required: true }),
    domain: field.string({ maxLength: 30, default: '' }),
    // A device masters at most one chassis (NetBox's OneToOneField); a master cannot be deleted.
    master: field.related(() => Device, { nullable: true, default: null, unique: true, onDelete: 'protect' }),
    // Read-only: the devices whose virtual_chassis is this one.
    members: {
      ...field.many(() => Device, { table: 'dcim_device', from: 'virtual_chassis_id', to: 'id' }, { readOnly: true }),
      render: (list: unknown) => (list as Json[]).map((d) => nestedDevice(d)),
      schema: { type: 'array', items: NESTED_DEVICE_SCHEMA, readOnly: true },
    },
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.name ?? row.id);
  }

  /** NetBox: on update, the master must already be a member (on create it becomes one). */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    if (!prev || row.master_id == null) return;
    const master = await ctx.trx(Device.tableName).select('*').where('id', row.master_id as number).first();
    if (master && Number(master.virtual_chassis_id) !== Number(prev.id))
      throw ValidationError.field('master', `The selected master (${Device.displayOf(master)}) is not assigned to this virtual chassis.`);
  }

  /** NetBox's assign_virtualchassis_master: a new chassis's master joins it at position 1. */
  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    if (prev || row.master_id == null) return;
    await ctx.trx(Device.tableName)
      .update({ virtual_chassis_id: row.id, vc_position: 1, last_updated: ctx.trx.fn.now() })
      .where('id', row.master_id as number);
  }

  /**
   * NetBox's VirtualChassis.delete(): refused (409, as NetBox answers its ProtectedError) while a
   * member's interface belongs to a LAG on another member; then clear_virtualchassis_members:
   * former members lose their position and priority.
   */
  static override async beforeRemove(row: Record<string, unknown>, ctx: HookContext): Promise<void> {
    const split: Json[] = await ctx.trx('dcim_interface as i').join('dcim_interface as l', 'l.id', 'i.lag_id')
      .join('dcim_device as d', 'd.id', 'i.device_id').where('d.virtual_chassis_id', row.id as number)
      .whereRaw('l.device_id <> i.device_id').select('i.id', 'i.name', 'i.label').orderBy('i.id');
    if (split.length)
      throw conflict(`Unable to delete object. ${split.length} dependent objects were found: ${split.map((i) => `${i.label ? `${i.name} (${i.label})` : i.name} (${i.id})`).join(', ')}`);
    await ctx.trx(Device.tableName)
      .update({ vc_position: null, vc_priority: null, last_updated: ctx.trx.fn.now() })
      .where('virtual_chassis_id', row.id as number);
  }
}
