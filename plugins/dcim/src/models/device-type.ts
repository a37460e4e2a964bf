/**
 * A make and model of device: its height, depth, airflow, weight and parent/child role, plus the
 * component templates every device of the type is created with.
 */
import { PrimaryModel, ValidationError, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { DeviceAirflowChoices, SubdeviceRoleChoices } from '../choices.js';
import { Manufacturer } from './manufacturer.js';
import { Platform } from './platform.js';
import { cleanWeight, weightFields } from './weight.js';

/** Image uploads are not supported: the fields exist for wire compatibility and are always null. */
const noImage = field.computed(() => null, { schema: { type: 'string', format: 'uri', nullable: true, readOnly: true } });

export class DeviceType extends PrimaryModel {
  static override tableName = 'dcim_devicetype';
  static override label = 'dcim.devicetype';
  static override verboseName = 'device type';
  static override verboseNamePlural = 'device types';
  static override features: ModelFeature[] = ['contacts'];
  static override ordering = ['manufacturer', 'model'];
  static override uniqueTogether = [
    { fields: ['manufacturer', 'model'], message: 'The fields manufacturer, model must make a unique set.' },
    { fields: ['manufacturer', 'slug'], message: 'The fields manufacturer, slug must make a unique set.' },
  ];
  static override fields: FieldMap = {
    manufacturer: field.related(() => Manufacturer, { required: true, onDelete: 'protect' }),
    default_platform: field.related(() => Platform, { nullable: true, default: null, onDelete: 'set_null' }),
    model: field.string({ maxLength: 100, required: true }),
    slug: field.slug(),
    part_number: field.string({ maxLength: 50, default: '', description: 'Discrete part number (optional)' }),
    u_height: field.decimal({ min: 0, max: 999.5, default: 1 }),
    exclude_from_utilization: field.boolean({ default: false, description: 'Devices of this type are excluded when calculating rack utilization.' }),
    is_full_depth: field.boolean({ default: true, description: 'Device consumes both front and rear rack faces.' }),
    subdevice_role: field.choice(SubdeviceRoleChoices, { nullable: true, default: null }),
    airflow: field.choice(DeviceAirflowChoices, { nullable: true, default: null }),
    ...weightFields(),
    front_image: noImage,
    rear_image: noImage,
  };

  static override displayOf(row: Record<string, unknown>): string {
    return String(row.model);
  }

  /** NetBox's DeviceType.clean(), in its order; the first failing rule answers. */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    const uHeight = Number(row.u_height ?? 0);
    if (Math.round(uHeight * 2) !== uHeight * 2)
      throw ValidationError.field('u_height', 'U height must be in increments of 0.5 rack units.');

    // Going to 0U is refused while devices of the type occupy rack units.
    if (prev && Number(prev.u_height) > 0 && uHeight === 0) {
      const [{ n }] = (await ctx.trx('dcim_device').count({ n: '*' })
        .where('device_type_id', prev.id as number).whereNotNull('position')) as [{ n: unknown }];
      if (Number(n) > 0) {
        const url = `/dcim/devices/?manufacturer_id=${row.manufacturer_id}&device_type_id=${prev.id}`;
        throw ValidationError.field('u_height', `Unable to set 0U height: Found <a href="${url}">${Number(n)} instances</a> already mounted within racks.`);
      }
    }

    if (prev && row.subdevice_role !== 'parent') {
      const bay = await ctx.trx('dcim_devicebaytemplate').select('id').where('device_type_id', prev.id as number).first();
      if (bay)
        throw ValidationError.field('subdevice_role', 'Must delete all device bay templates associated with this device before declassifying it as a parent device.');
    }

    if (uHeight && row.subdevice_role === 'child')
      throw ValidationError.field('u_height', 'Child device types must be 0U.');

    cleanWeight(row);
  }
}
