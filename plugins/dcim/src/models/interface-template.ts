/** A network interface every device (or module) of the type is created with. */
import { ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { InterfacePoEModeChoices, InterfacePoETypeChoices, InterfaceTypeChoices, WirelessRoleChoices } from '../choices.js';
import { ModularComponentTemplateModel } from './component-template.js';

/** NetBox's WIRELESS_IFACE_TYPES: the types a wireless role may be set on. */
export const WIRELESS_IFACE_TYPES = new Set(
  InterfaceTypeChoices.values().filter((v) => v.startsWith('ieee802.11') || v === 'ieee802.15.1' || v === 'other-wireless'),
);

export class InterfaceTemplate extends ModularComponentTemplateModel {
  static override tableName = 'dcim_interfacetemplate';
  static override label = 'dcim.interfacetemplate';
  static override verboseName = 'interface template';
  static override verboseNamePlural = 'interface templates';
  static override fields: FieldMap = {
    type: field.choice(InterfaceTypeChoices, { required: true }),
    enabled: field.boolean({ default: true }),
    mgmt_only: field.boolean({ default: false }),
    bridge: field.related(() => InterfaceTemplate, { nullable: true, default: null, onDelete: 'set_null' }),
    poe_mode: field.choice(InterfacePoEModeChoices, { nullable: true, default: null }),
    poe_type: field.choice(InterfacePoETypeChoices, { nullable: true, default: null }),
    rf_role: field.choice(WirelessRoleChoices, { nullable: true, default: null }),
  };

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await super.clean(row, prev, ctx);
    if (row.bridge_id != null) {
      if (prev && Number(row.bridge_id) === Number(prev.id))
        throw ValidationError.field('bridge', 'An interface cannot be bridged to itself.');
      const bridge = await this.sameParent(ctx, this.tableName, row.bridge_id, row);
      const name = this.displayOf(bridge.row);
      if (row.device_type_id != null && !bridge.sameDeviceType)
        throw ValidationError.field('bridge', `Bridge interface (${name}) must belong to the same device type`);
      if (row.module_type_id != null && !bridge.sameModuleType)
        throw ValidationError.field('bridge', `Bridge interface (${name}) must belong to the same module type`);
    }
    if (row.rf_role && !WIRELESS_IFACE_TYPES.has(String(row.type)))
      throw ValidationError.field('rf_role', 'Wireless role may be set only on wireless interfaces.');
  }
}
