/**
 * An inventory item every device of the type is created with: a tree (`parent`, shown as a bare
 * id as NetBox does, with `_depth`), optionally tied to one of the type's component templates.
 * The tree is kept as a materialised `_path`, like core's nested groups.
 */
import { ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { ComponentTemplateModel } from './component-template.js';
import { InventoryItemRole } from './inventory-item-role.js';
import { Manufacturer } from './manufacturer.js';

/** NetBox's MODULAR_COMPONENT_TEMPLATE_MODELS: what an inventory item template may point at. */
export const INVENTORY_ITEM_COMPONENT_TEMPLATE_TYPES = [
  'dcim.consoleporttemplate', 'dcim.consoleserverporttemplate', 'dcim.frontporttemplate', 'dcim.interfacetemplate',
  'dcim.poweroutlettemplate', 'dcim.powerporttemplate', 'dcim.rearporttemplate',
];

export class InventoryItemTemplate extends ComponentTemplateModel {
  static override tableName = 'dcim_inventoryitemtemplate';
  static override label = 'dcim.inventoryitemtemplate';
  static override verboseName = 'inventory item template';
  static override verboseNamePlural = 'inventory item templates';
  static override ordering = ['device_type_id', 'parent_id', 'name'];
  static override uniqueTogether = [
    { fields: ['device_type', 'parent', 'name'], message: 'The fields device_type, parent, name must make a unique set.' },
  ];
  static override fields: FieldMap = {
    parent: field.selfRelated({ default: null, render: (v) => Number(v), schema: { type: 'integer', nullable: true } }),
    component_type: field.genericType({ nullable: true, default: null, allowedTypes: () => INVENTORY_ITEM_COMPONENT_TEMPLATE_TYPES }),
    component_id: field.genericId({ nullable: true, default: null }),
    component: field.generic('component_type', 'component_id', { allowedTypes: () => INVENTORY_ITEM_COMPONENT_TEMPLATE_TYPES }),
    role: field.related(() => InventoryItemRole, { nullable: true, default: null, onDelete: 'protect' }),
    manufacturer: field.related(() => Manufacturer, { nullable: true, default: null, onDelete: 'protect' }),
    part_id: field.string({ maxLength: 50, default: '', description: 'Manufacturer-assigned part identifier' }),
    _depth: field.computed((row) => (Array.isArray(row._path) ? row._path.length - 1 : 0), { schema: { type: 'integer' } }),
  };

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await super.clean(row, prev, ctx);
    if (row.parent_id != null) {
      if (prev && Number(row.parent_id) === Number(prev.id)) throw ValidationError.field('parent', 'Cannot assign self as parent.');
      const parent = await ctx.trx(this.tableName).select('device_type_id', '_path').where('id', row.parent_id as number).first();
      if (parent && prev && (parent._path as unknown[]).map(Number).includes(Number(prev.id)))
        throw ValidationError.field('parent', 'Cannot assign a child object as the parent.');
      if (parent && Number(parent.device_type_id) !== Number(row.device_type_id))
        throw ValidationError.field('parent', 'The parent inventory item template must belong to the same device type.');
    }
    if (row.component_type != null && row.component_id != null && INVENTORY_ITEM_COMPONENT_TEMPLATE_TYPES.includes(String(row.component_type))) {
      const table = `dcim_${String(row.component_type).split('.')[1]}`;
      const component = await ctx.trx(table).select('device_type_id').where('id', row.component_id as number).first();
      if (component && Number(component.device_type_id) !== Number(row.device_type_id))
        throw ValidationError.field('component_id', 'The component must belong to the same device type.');
    }
  }

  /** Keeps `_path` (ancestor ids, then the node's own) current; a move rewrites the subtree in one statement. */
  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    if (prev && prev.parent_id === row.parent_id && Array.isArray(prev._path) && prev._path.length) return;
    const table = this.tableName;
    const id = Number(row.id);
    let path: number[] = [id];
    if (row.parent_id != null) {
      const parent = await ctx.trx(table).select('_path').where('id', row.parent_id as number).first();
      path = [...(parent._path as unknown[]).map(Number), id];
    }
    if (!prev) {
      await ctx.trx(table).update({ _path: path }).where('id', id);
    } else {
      const oldLength = (prev._path as unknown[] | null)?.length || 1;
      await ctx.trx.raw('UPDATE ?? SET _path = ?::bigint[] || _path[? + 1:] WHERE _path @> ARRAY[?]::bigint[]', [table, path, oldLength, id]);
    }
    row._path = path;
  }
}
