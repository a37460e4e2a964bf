/** A console port of a device (NetBox's ConsolePort): the physical port a console cable plugs into. */
import { NetBoxModel, field, type FieldMap, type HookContext } from '@patchbay/core';
import { ConsolePortSpeedChoices, ConsolePortTypeChoices } from '../choices.js';
import { cleanComponent, componentDisplay, componentFields, integerChoiceField, uniqueDeviceName } from '../services/component-common.js';
import { cableFields, cleanCabledObject, occupiedField } from '../cabling/cabled-fields.js';
import { pathEndpointFields } from '../cabling/paths/fields.js';

export class ConsolePort extends NetBoxModel {
  static override tableName = 'dcim_consoleport';
  static override label = 'dcim.consoleport';
  static override verboseName = 'console port';
  static override verboseNamePlural = 'console ports';
  /** `_name` is the natural-order key of `name` (a generated column, see the migration). */
  static override ordering = ['device', '_name'];
  static override uniqueTogether = [uniqueDeviceName('console port')];
  static override fields: FieldMap = {
    ...componentFields(),
    type: field.choice(ConsolePortTypeChoices, { default: '' }),
    speed: integerChoiceField(ConsolePortSpeedChoices, { nullable: true, default: null }),
    mark_connected: field.boolean({ default: false }),
    ...cableFields(),
    ...pathEndpointFields,
    _occupied: occupiedField,
  };

  static override displayOf(row: Record<string, unknown>): string {
    return componentDisplay(row);
  }

  static override async clean(row: Record<string, unknown>, _prev: Record<string, unknown> | null, ctx: HookContext) {
    await cleanComponent(row, ctx);
    cleanCabledObject(row);
  }
}
