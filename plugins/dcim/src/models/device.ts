/**
 * A device (NetBox's Device): a piece of hardware of a device type, with a role, in a site —
 * optionally in a location and a rack (at a position on a face), in a virtual chassis, or
 * installed in another device's bay. Creating one makes its components from the type's templates.
 */
import { PrimaryModel, field, type FieldMap, type HookContext, type ModelFeature } from '@patchbay/core';
import { Tenant } from '@patchbay/plugin-tenancy';
import { DeviceAirflowChoices, DeviceFaceChoices, DeviceStatusChoices } from '../choices.js';
import { DeviceType } from './device-type.js';
import { DeviceRole } from './device-role.js';
import { Platform } from './platform.js';
import { Site } from './site.js';
import { Location } from './location.js';
import { Rack } from './rack.js';
import { VirtualChassis } from './virtual-chassis.js';
import { DeviceBay } from './device-bay.js';
import { decimalField, displayUrlOf, nestedDevice, optionalName, PARENT_DEVICE_SCHEMA } from '../services/device-fields.js';
import { afterDeviceSave, validateDevice } from '../services/device-placement.js';

type Json = Record<string, unknown>;

/** NetBox's RACK_U_HEIGHT_MAX: positions run from 1 to 100.5. */
export const RACK_U_HEIGHT_MAX = 100;

/** `parent_device`: the device whose bay holds this one, with that bay (NetBox's NestedDevice + device_bay). */
function renderParent(bays: unknown): Json | null {
  const bay = (bays as Json[])[0];
  if (!bay || !bay.device) return null;
  return {
    ...nestedDevice(bay.device as Json),
    device_bay: { id: bay.id, url: bay.url, display_url: displayUrlOf(bay.url), display: bay.display, name: bay.name ?? null },
  };
}

export class Device extends PrimaryModel {
  static override tableName = 'dcim_device';
  static override label = 'dcim.device';
  static override verboseName = 'device';
  static override verboseNamePlural = 'devices';
  static override features: ModelFeature[] = ['contacts'];
  // NetBox orders by name (natural sort), then pk: unnamed devices come last.
  static override ordering = ['name'];
  static override uniqueTogether = [
    { fields: ['virtual_chassis', 'vc_position'], message: 'Device with this Virtual chassis and VC position already exists.' },
  ];
  static override fields: FieldMap = {
    name: optionalName(64),
    device_type: field.related(() => DeviceType, { required: true, onDelete: 'protect' }),
    role: field.related(() => DeviceRole, { required: true, onDelete: 'protect', description: 'The function this device serves' }),
    tenant: field.related(() => Tenant, { nullable: true, default: null, onDelete: 'protect' }),
    platform: field.related(() => Platform, { nullable: true, default: null, onDelete: 'set_null' }),
    serial: field.string({ maxLength: 50, default: '', description: 'Chassis serial number, assigned by the manufacturer' }),
    asset_tag: field.string({ maxLength: 50, nullable: true, unique: true, default: null, description: 'A unique tag used to identify this device' }),
    site: field.related(() => Site, { required: true, onDelete: 'protect' }),
    location: field.related(() => Location, { nullable: true, default: null, onDelete: 'protect' }),
    rack: field.related(() => Rack, { nullable: true, default: null, onDelete: 'protect' }),
    position: decimalField({ maxDigits: 4, places: 1, min: 1, max: RACK_U_HEIGHT_MAX + 0.5, nullable: true, default: null, description: 'The lowest-numbered unit occupied by the device' }),
    face: field.choice(DeviceFaceChoices, { nullable: true, default: null }),
    latitude: decimalField({ maxDigits: 8, places: 6, min: -90, max: 90, nullable: true, default: null, description: 'GPS coordinate in decimal format (xx.yyyyyy)' }),
    longitude: decimalField({ maxDigits: 9, places: 6, min: -180, max: 180, nullable: true, default: null, description: 'GPS coordinate in decimal format (xx.yyyyyy)' }),
    // Read-only: set by installing the device in a device bay (dcim_devicebay.installed_device_id).
    parent_device: {
      ...field.many(() => DeviceBay, { table: 'dcim_devicebay', from: 'installed_device_id', to: 'id' }, { readOnly: true, nullable: true }),
      render: renderParent,
      schema: PARENT_DEVICE_SCHEMA,
    },
    status: field.choice(DeviceStatusChoices, { default: 'active' }),
    airflow: field.choice(DeviceAirflowChoices, { nullable: true, default: null }),
    virtual_chassis: field.related(() => VirtualChassis, { nullable: true, default: null, onDelete: 'set_null' }),
    vc_position: field.integer({ nullable: true, default: null, min: 0, max: 255 }),
    vc_priority: field.integer({ nullable: true, default: null, min: 0, max: 255, description: 'Virtual chassis master election priority' }),
    local_context_data: field.json({
      nullable: true, default: null,
      description: 'Local config context data takes precedence over source contexts in the final rendered config context',
    }),
    // Placeholder: the extras plugin replaces it with the merged config contexts (serializerFields `replace`).
    config_context: field.computed(() => ({}), { schema: { type: 'object', additionalProperties: {}, readOnly: true } }),
  };

  /** NetBox's Device.__str__ as far as the row tells it: name (asset tag), else the asset tag or the id. */
  static override displayOf(row: Record<string, unknown>): string {
    const name = row.name as string | null;
    const tag = row.asset_tag as string | null;
    if (name && tag) return `${name} (${tag})`;
    if (name) return name;
    if (tag) return `Unnamed device (${tag})`;
    return `Unnamed device (${row.id})`;
  }

  /** NetBox's Device.clean(): site/location/rack agreement, rack placement, platform, virtual chassis, unique name. */
  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    await validateDevice(row, prev, ctx);
  }

  /** Components from the type's templates on create; children in bays follow their parent on update. */
  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext): Promise<void> {
    await afterDeviceSave(row, prev, ctx);
  }
}
