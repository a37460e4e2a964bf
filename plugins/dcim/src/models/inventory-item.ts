/**
 * An inventory item of a device (NetBox's InventoryItem): a tree within the device (parent on the
 * same device; materialised `_path` as core's nested groups), with role, manufacturer, part id,
 * serial, a unique asset tag, and an optional link to one of the device's components.
 */
import { NestedGroupModel, NetBoxModel, ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { InventoryItemStatusChoices } from '../choices.js';
import { componentDisplay, componentFields } from '../services/component-common.js';
import { InventoryItemRole } from './inventory-item-role.js';
import { Manufacturer } from './manufacturer.js';

/** Components an inventory item may represent (NetBox's MODULAR_COMPONENT_MODELS). */
export const INVENTORY_COMPONENT_TYPES = [
  'dcim.consoleport', 'dcim.consoleserverport', 'dcim.frontport', 'dcim.interface', 'dcim.poweroutlet', 'dcim.powerport', 'dcim.rearport',
];

export class InventoryItem extends NetBoxModel {
  static override tableName = 'dcim_inventoryitem';
  static override label = 'dcim.inventoryitem';
  static override verboseName = 'inventory item';
  static override verboseNamePlural = 'inventory items';
  static override features = ['tree'];
  static override ordering = ['device_id', '_path'];
  static override uniqueTogether = [
    { fields: ['device', 'parent', 'name'], message: 'The fields device, parent, name must make a unique set.' },
  ];
  static override fields: FieldMap = {
    ...componentFields({ modular: false }),
    parent: field.selfRelated({ nullable: true, default: null, onDelete: 'cascade' }),
    status: field.choice(InventoryItemStatusChoices, { default: 'active' }),
    role: field.related(() => InventoryItemRole, { nullable: true, default: null, onDelete: 'set_null' }),
    manufacturer: field.related(() => Manufacturer, { nullable: true, default: null, onDelete: 'protect' }),
    part_id: field.string({ maxLength: 50, default: '' }),
    serial: field.string({ maxLength: 50, default: '' }),
    asset_tag: field.string({ maxLength: 50, nullable: true, default: null, unique: true }),
    discovered: field.boolean({ default: false }),
    component_type: field.genericType({ nullable: true, default: null, allowedTypes: () => INVENTORY_COMPONENT_TYPES }),
    component_id: field.genericId({ nullable: true, default: null }),
    component: field.generic('component_type', 'component_id', { allowedTypes: () => INVENTORY_COMPONENT_TYPES }),
    _depth: field.computed((row) => (Array.isArray(row._path) ? row._path.length - 1 : 0), { schema: { type: 'integer' } }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    return componentDisplay(row);
  }

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    const trx = ctx.trx;
    if (prev && row.parent_id != null && Number(row.parent_id) === Number(prev.id))
      throw ValidationError.field('parent', 'Cannot assign self as parent.');
    // The tree checks of core's nested groups (no child as parent).
    await NestedGroupModel.clean.call(this as never, row, prev, ctx);
    if (row.parent_id == null) {
      // The unique (device, parent, name) check for top-level items (core skips sets with a NULL).
      const twin = await trx(InventoryItem.tableName).select('id').where({ device_id: row.device_id, name: row.name }).whereNull('parent_id')
        .modify((qb) => { if (prev) qb.whereNot('id', prev.id as number); }).first();
      if (twin) throw ValidationError.nonField('The fields device, parent, name must make a unique set.');
    } else {
      const parent = await trx(InventoryItem.tableName).select('device_id').where('id', row.parent_id as number).first();
      if (parent && Number(parent.device_id) !== Number(row.device_id))
        throw ValidationError.field('parent', 'Parent inventory item does not belong to the same device.');
    }
    if (prev) {
      if (Number(prev.device_id) !== Number(row.device_id)) {
        const child = await trx(InventoryItem.tableName).select('id').where('parent_id', prev.id as number).first();
        if (child) throw ValidationError.nonField('Cannot move an inventory item with dependent children');
      }
    }
    if (row.component_type && row.component_id != null) {
      const target = ctx.request.registry.models.get(String(row.component_type));
      const component = target ? await trx(target.tableName).select('device_id').where('id', row.component_id as number).first() : undefined;
      if (component && Number(component.device_id) !== Number(row.device_id))
        throw ValidationError.field('device', 'Cannot assign inventory item to component on another device');
    }
  }

  /** Keeps `_path` (root … self) as core's nested groups do. */
  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await NestedGroupModel.afterSave.call(this as never, row, prev, ctx);
  }
}
