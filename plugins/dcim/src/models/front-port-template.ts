/** A pass-through port on the front, mapped to one position of a rear port template of the same type. */
import { ValidationError, field, type FieldMap, type HookContext } from '@patchbay/core';
import { PortTypeChoices } from '../choices.js';
import { colorField } from './color-field.js';
import { ModularComponentTemplateModel } from './component-template.js';
import { REARPORT_POSITIONS, RearPortTemplate } from './rear-port-template.js';

export class FrontPortTemplate extends ModularComponentTemplateModel {
  static override tableName = 'dcim_frontporttemplate';
  static override label = 'dcim.frontporttemplate';
  static override verboseName = 'front port template';
  static override verboseNamePlural = 'front port templates';
  static override uniqueTogether = [
    ...ModularComponentTemplateModel.uniqueTogether,
    { fields: ['rear_port', 'rear_port_position'], message: 'The fields rear_port, rear_port_position must make a unique set.' },
  ];
  static override fields: FieldMap = {
    type: field.choice(PortTypeChoices, { required: true }),
    color: colorField({ default: '' }),
    rear_port: field.related(() => RearPortTemplate, { required: true, onDelete: 'cascade' }),
    rear_port_position: field.integer({ ...REARPORT_POSITIONS, default: 1 }),
  };

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await super.clean(row, prev, ctx);
    const rear = await this.sameParent(ctx, RearPortTemplate.tableName, row.rear_port_id, row);
    const name = RearPortTemplate.displayOf(rear.row);
    if (!rear.sameDeviceType || !rear.sameModuleType)
      throw ValidationError.nonField(
        row.module_type_id != null
          ? `Rear port (${name}) must belong to the same module type`
          : `Rear port (${name}) must belong to the same device type`,
      );
    if (Number(row.rear_port_position) > Number(rear.row.positions))
      throw ValidationError.nonField(
        `Invalid rear port position (${row.rear_port_position}); rear port ${rear.row.name} has only ${rear.row.positions} positions`,
      );
  }
}
