/** A front pass-through port (NetBox's FrontPort), mapped to one position of a rear port of the same device. */
import { NetBoxModel, field, type FieldMap, type HookContext } from '@patchbay/core';
import { PortTypeChoices } from '../choices.js';
import { cleanComponent, colorField, componentDisplay, componentFields, raiseIf, uniqueDeviceName } from '../services/component-common.js';
import { RearPort } from './rear-port.js';
import { cableFields, cleanCabledObject, occupiedField } from '../cabling/cabled-fields.js';

export class FrontPort extends NetBoxModel {
  static override tableName = 'dcim_frontport';
  static override label = 'dcim.frontport';
  static override verboseName = 'front port';
  static override verboseNamePlural = 'front ports';
  static override ordering = ['device', '_name'];
  static override uniqueTogether = [
    uniqueDeviceName('front port'),
    { fields: ['rear_port', 'rear_port_position'], message: 'The fields rear_port, rear_port_position must make a unique set.' },
  ];
  static override fields: FieldMap = {
    ...componentFields(),
    type: field.choice(PortTypeChoices, { required: true }),
    color: colorField(),
    rear_port: field.related(() => RearPort, { required: true, onDelete: 'cascade' }),
    rear_port_position: field.integer({ default: 1, min: 1, max: 1024 }),
    mark_connected: field.boolean({ default: false }),
    ...cableFields(),
    _occupied: occupiedField,
  };

  static override displayOf(row: Record<string, unknown>): string {
    return componentDisplay(row);
  }

  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext) {
    await cleanComponent(row, ctx);
    cleanCabledObject(row);
    const rear = await ctx.trx(RearPort.tableName).where('id', row.rear_port_id as number).first();
    if (!rear) return;
    if (Number(rear.device_id) !== Number(row.device_id))
      raiseIf({ rear_port: [`Rear port (${RearPort.displayOf(rear)}) must belong to the same device`] });
    const position = Number(row.rear_port_position ?? 1);
    if (position > Number(rear.positions))
      raiseIf({
        rear_port_position: [
          `Invalid rear port position (${position}): Rear port ${rear.name} has only ${rear.positions} positions`,
        ],
      });
  }
}
