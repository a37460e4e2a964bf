/** A console server port of a device (NetBox's ConsoleServerPort): gives console access to other devices. */
import { NetBoxModel, field, type FieldMap, type HookContext } from '@patchbay/core';
import { ConsolePortSpeedChoices, ConsolePortTypeChoices } from '../choices.js';
import { cleanComponent, componentDisplay, componentFields, integerChoiceField, uniqueDeviceName } from '../services/component-common.js';
import { cableFields, cleanCabledObject, occupiedField } from '../cabling/cabled-fields.js';
import { pathEndpointFields } from '../cabling/paths/fields.js';

export class ConsoleServerPort extends NetBoxModel {
  static override tableName = 'dcim_consoleserverport';
  static override label = 'dcim.consoleserverport';
  static override verboseName = 'console server port';
  static override verboseNamePlural = 'console server ports';
  /** `_name` is the natural-order key of `name` (a generated column, see the migration). */
  static override ordering = ['device', '_name'];
  static override uniqueTogether = [uniqueDeviceName('console server port')];
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
