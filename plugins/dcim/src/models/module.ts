/**
 * A module (NetBox's Module): a field-installable part of a device (line card, PSU) of a module
 * type, in one of that device's module bays — one module per bay. Creating one makes its
 * components from the type's templates, `{module}` in their names replaced by the bay's position.
 */
import { PrimaryModel, ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { ModuleStatusChoices } from '../choices.js';
import { Device } from './device.js';
import { ModuleBay } from './module-bay.js';
import { ModuleType } from './module-type.js';

export class Module extends PrimaryModel {
  static override tableName = 'dcim_module';
  static override label = 'dcim.module';
  static override verboseName = 'module';
  static override verboseNamePlural = 'modules';
  static override ordering = ['module_bay_id'];
  static override fields: FieldMap = {
    device: field.related(() => Device, { required: true, onDelete: 'cascade' }),
    // One module per bay (NetBox's OneToOneField); deleting the bay deletes its module.
    module_bay: field.related(() => ModuleBay, { required: true, unique: true, onDelete: 'cascade' }),
    module_type: field.related(() => ModuleType, { required: true, onDelete: 'protect' }),
    status: field.choice(ModuleStatusChoices, { default: 'active' }),
    serial: field.string({ maxLength: 50, default: '' }),
    asset_tag: field.string({ maxLength: 50, nullable: true, unique: true, default: null, description: 'A unique tag used to identify this device' }),
  };

  /** NetBox shows `bay: type (id)`; the row alone names neither, so the id stands in. */
  static override displayOf(row: Record<string, unknown>): string {
    return row.asset_tag ? `Module ${row.id} (${row.asset_tag})` : `Module ${row.id}`;
  }

  /** NetBox's Module.clean(): the bay belongs to the device, and a module never sits in a bay of its own subtree. */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    const bay = await ctx.trx(ModuleBay.tableName).select('*').where('id', row.module_bay_id as number).first();
    if (bay && Number(bay.device_id) !== Number(row.device_id)) {
      const device = await ctx.trx(Device.tableName).select('*').where('id', row.device_id as number).first();
      throw ValidationError.nonField(
        `Module must be installed within a module bay belonging to the assigned device (${device ? Device.displayOf(device) : row.device_id}).`,
      );
    }
    if (!prev || !bay) return;
    // Walk up from the bay through the modules that hold it: meeting this module again is a loop.
    const seen = new Set<number>();
    for (let moduleId = bay.module_id as number | null; moduleId != null && !seen.has(Number(moduleId));) {
      if (Number(moduleId) === Number(prev.id)) throw ValidationError.nonField('A module bay cannot belong to a module installed within it.');
      seen.add(Number(moduleId));
      const holder = await ctx.trx(Module.tableName).select('module_bay_id').where('id', moduleId).first();
      const up = holder ? await ctx.trx(ModuleBay.tableName).select('module_id').where('id', holder.module_bay_id).first() : undefined;
      moduleId = (up?.module_id as number | null | undefined) ?? null;
    }
  }

  /** Components from the module type's templates, on create only. */
  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    if (prev) return;
    // Loaded on first use: the components area imports this model, so a static import would be a cycle.
    const { instantiateModuleComponents } = await import('../services/instantiate-components.js');
    await instantiateModuleComponents(ctx, row);
  }
}
