/**
 * A module bay of a device (NetBox's ModuleBay): a slot a module is installed in. `installed_module`
 * is read-only — the module whose `module_bay` is this bay, cached in `installed_module_id` by a
 * trigger on dcim_module (see the components migration).
 */
import { NetBoxModel, ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { cleanComponent, componentDisplay, componentFields, uniqueDeviceName } from '../services/component-common.js';
import { Module } from './module.js';

export class ModuleBay extends NetBoxModel {
  static override tableName = 'dcim_modulebay';
  static override label = 'dcim.modulebay';
  static override verboseName = 'module bay';
  static override verboseNamePlural = 'module bays';
  static override ordering = ['device_id', '_name'];
  static override uniqueTogether = [uniqueDeviceName('module bay')];
  static override fields: FieldMap = {
    ...componentFields(),
    installed_module: field.related(() => Module, { readOnly: true, nullable: true, onDelete: 'set_null' }),
    position: field.string({ maxLength: 30, default: '' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return componentDisplay(row);
  }

  /** A bay may sit on a module, but not on the module installed in it (or below it). */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await cleanComponent(row, ctx);
    if (!prev || row.module_id == null) return;
    let moduleId: unknown = row.module_id;
    const seen = new Set<number>();
    while (moduleId != null && !seen.has(Number(moduleId))) {
      seen.add(Number(moduleId));
      const module = await ctx.trx(Module.tableName).select('module_bay_id').where('id', moduleId as number).first();
      if (!module) return;
      if (Number(module.module_bay_id) === Number(prev.id))
        throw ValidationError.nonField('A module bay cannot belong to a module installed within it.');
      const bay = await ctx.trx(ModuleBay.tableName).select('module_id').where('id', module.module_bay_id).first();
      moduleId = bay?.module_id;
    }
  }
}
