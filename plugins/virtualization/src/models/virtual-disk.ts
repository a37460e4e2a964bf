/**
 * A virtual disk of a VM (NetBox 4.2's VirtualDisk): a name unique per VM (case-insensitively) and
 * a size; the VM's `disk` is the sum of its disks' sizes, kept by a trigger in the same transaction.
 */
import { NetBoxModel, ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { VirtualMachine } from './virtual-machine.js';

export class VirtualDisk extends NetBoxModel {
  static override tableName = 'virtualization_virtualdisk';
  static override label = 'virtualization.virtualdisk';
  static override verboseName = 'virtual disk';
  static override verboseNamePlural = 'virtual disks';
  static override ordering = ['virtual_machine', '_name'];
  static override fields: FieldMap = {
    virtual_machine: field.related(() => VirtualMachine, { required: true, onDelete: 'cascade' }),
    name: field.string({ maxLength: 64, required: true }),
    description: field.string({ maxLength: 200, default: '' }),
    size: field.integer({ required: true, min: 0, max: 2147483647 }),
  };

  /** NetBox's UniqueConstraint(Lower('name'), 'virtual_machine'): an expression constraint, so Django's generic message. */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    if (typeof row.name !== 'string' || row.virtual_machine_id == null) return;
    const q = ctx.trx(VirtualDisk.tableName).select('id').where('virtual_machine_id', row.virtual_machine_id as number)
      .whereRaw('lower(name) = lower(?)', [row.name]).first();
    if (prev) q.whereNot('id', prev.id as number);
    if (await q) throw ValidationError.nonField('Constraint “virtualization_virtualdisk_unique_name_virtual_machine” is violated.');
  }
}
