/**
 * The two template bases of NetBox: ComponentTemplateModel (device types only: device bays,
 * inventory items) and ModularComponentTemplateModel (a device type *or* a module type: ports,
 * interfaces, module bays). Templates are change-logged but carry no tags or custom fields. A
 * module-type template's name may contain NetBox's `{module}` placeholder, replaced by the module
 * bay's position when a module is installed.
 */
import { ChangeLoggedModel, ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { DeviceType } from './device-type.js';
import { ModuleType } from './module-type.js';

/** NetBox's `{module}` token. */
export const MODULE_TOKEN = '{module}';

const commonFields = (): FieldMap => ({
  name: field.string({ maxLength: 64, required: true, description: '{module} is accepted as a substitution for the module bay position when attached to a module type.' }),
  label: field.string({ maxLength: 64, default: '', description: 'Physical label' }),
  description: field.string({ maxLength: 200, default: '' }),
});

/** `name (label)` as NetBox's __str__. */
function templateDisplay(row: Record<string, unknown>): string {
  return row.label ? `${row.name} (${row.label})` : String(row.name);
}

/** Templates stay on the device type they were created on. */
function refuseMove(row: Record<string, unknown>, prev: Record<string, unknown> | null): void {
  if (prev && (prev.device_type_id ?? null) !== (row.device_type_id ?? null))
    throw ValidationError.field('device_type', 'Component templates cannot be moved to a different device type.');
}

/** Templates of device types only (device bays, inventory items). */
export class ComponentTemplateModel extends ChangeLoggedModel {
  static override ordering = ['device_type_id', 'name'];
  static override uniqueTogether = [
    { fields: ['device_type', 'name'], message: 'The fields device_type, name must make a unique set.' },
  ];
  static override fields: FieldMap = {
    device_type: field.related(() => DeviceType, { required: true, onDelete: 'cascade' }),
    ...commonFields(),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return templateDisplay(row);
  }

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, _ctx: HookContext) {
    refuseMove(row, prev);
  }
}

/** Templates of a device type or a module type — exactly one of the two. */
export class ModularComponentTemplateModel extends ChangeLoggedModel {
  static override ordering = ['device_type_id', 'module_type_id', 'name'];
  static override uniqueTogether = [
    { fields: ['device_type', 'name'], message: 'The fields device_type, name must make a unique set.' },
    { fields: ['module_type', 'name'], message: 'The fields module_type, name must make a unique set.' },
  ];
  static override fields: FieldMap = {
    device_type: field.related(() => DeviceType, { nullable: true, default: null, onDelete: 'cascade' }),
    module_type: field.related(() => ModuleType, { nullable: true, default: null, onDelete: 'cascade' }),
    ...commonFields(),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return templateDisplay(row);
  }

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, _ctx: HookContext) {
    refuseMove(row, prev);
    const hasDeviceType = row.device_type_id !== null && row.device_type_id !== undefined;
    const hasModuleType = row.module_type_id !== null && row.module_type_id !== undefined;
    if (hasDeviceType && hasModuleType)
      throw ValidationError.nonField('A component template cannot be associated with both a device type and a module type.');
    if (!hasDeviceType && !hasModuleType)
      throw ValidationError.nonField('A component template must be associated with either a device type or a module type.');
  }

  /**
   * For a template pointing at another template (bridge, power port, rear port): NetBox's rule
   * that both belong to the same device type, or to the same module type. Returns the other row.
   */
  static async sameParent(
    ctx: HookContext,
    table: string,
    id: unknown,
    row: Record<string, unknown>,
  ): Promise<{ row: Record<string, unknown>; sameDeviceType: boolean; sameModuleType: boolean }> {
    const other = (await ctx.trx(table).select('*').where('id', id as number).first()) as Record<string, unknown>;
    return {
      row: other,
      sameDeviceType: (other.device_type_id ?? null) === (row.device_type_id ?? null),
      sameModuleType: (other.module_type_id ?? null) === (row.module_type_id ?? null),
    };
  }
}
