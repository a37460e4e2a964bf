/**
 * Where a device may be: NetBox's Device.clean() and Device.save() — the site, location and rack
 * must agree, a rack position needs a face and free units that exist in the rack (full-depth
 * devices take both faces), 0U and child devices take no position, a platform limited to a
 * manufacturer fits only that manufacturer's types, chassis members have a position, and names
 * are unique per site and tenant. Also what a save implies: values inherited from the type and
 * the rack, components made from templates, and children in bays following their parent.
 */
import { ValidationError, type HookContext, type ResourceDefinition } from '@patchbay/core';
import { deviceSlots, occupiedSlots, rackUnits, type RackGeometry } from './rack-space.js';

type Row = Record<string, unknown>;
type Db = HookContext['trx'];
type WriteHooks = NonNullable<ResourceDefinition['hooks']>;

/** One row by id, every column (the other areas own these tables' shapes). */
async function one(db: Db, table: string, id: unknown): Promise<Row | undefined> {
  if (id === null || id === undefined) return undefined;
  return db(table).select('*').where('id', id as number).first();
}

const same = (a: unknown, b: unknown) => (a ?? null) === null ? (b ?? null) === null : (b ?? null) !== null && Number(a) === Number(b);

/** A rack unit or height as NetBox prints its one-decimal values (`U1.0`, `2.0U`). */
const decimal1 = (n: number) => n.toFixed(1);

/** Raises the first problem found, as NetBox's clean() does. */
function fail(field: string, message: string): never {
  throw new ValidationError({ [field]: [message] });
}

/** NetBox's Device.clean() plus its name constraints, on the row about to be saved. */
export async function validateDevice(row: Row, prev: Row | null, ctx: HookContext): Promise<void> {
  const db = ctx.trx;
  // NetBox's ConfigContextModel.clean(): local context data is a JSON object or nothing.
  const local = typeof row.local_context_data === 'string' ? JSON.parse(row.local_context_data) : row.local_context_data;
  if (local != null && (typeof local !== 'object' || Array.isArray(local)))
    fail('local_context_data', 'JSON data must be in object form. Example: {"foo": 123}');
  const type = await one(db, 'dcim_devicetype', row.device_type_id);
  const site = await one(db, 'dcim_site', row.site_id);
  const rack = await one(db, 'dcim_rack', row.rack_id);
  const location = await one(db, 'dcim_location', row.location_id);

  if (rack && !same(rack.site_id, row.site_id)) fail('rack', `Rack ${rack.name} does not belong to site ${site?.name}.`);
  if (location && !same(location.site_id, row.site_id)) fail('location', `Location ${location.name} does not belong to site ${site?.name}.`);
  if (rack && location && !same(rack.location_id, location.id)) fail('rack', `Rack ${rack.name} does not belong to location ${location.name}.`);

  const position = row.position === null || row.position === undefined ? null : Number(row.position);
  if (!rack) {
    if (row.face) fail('face', 'Cannot select a rack face without assigning a rack.');
    if (position) fail('position', 'Cannot select a rack position without assigning a rack.');
  }
  if (position && !Number.isInteger(position * 2)) fail('position', 'Position must be in increments of 0.5 rack units.');
  if (position && !row.face) fail('face', 'Must specify rack face when defining rack position.');
  if (type) {
    const height = Number(type.u_height);
    if (position && height === 0) fail('position', `A 0U device type (${type.model}) cannot be assigned to a rack position.`);
    if (rack) {
      const child = type.subdevice_role === 'child';
      if (child && row.face) fail('face', 'Child device types cannot be assigned to a rack face. This is an attribute of the parent device.');
      if (child && position) fail('position', 'Child device types cannot be assigned to a rack position. This is an attribute of the parent device.');
      if (position) await checkRackSpace(db, rack, position, height, type, row, prev);
    }
    await checkPlatform(db, row, type);
  }

  if (row.virtual_chassis_id != null && row.vc_position == null)
    fail('vc_position', 'A device assigned to a virtual chassis must have its position defined.');
  if (prev) {
    const masterOf = await db('dcim_virtualchassis').select('id', 'name').where('master_id', prev.id as number).first();
    if (masterOf && !same(masterOf.id, row.virtual_chassis_id))
      fail('virtual_chassis', `Device cannot be removed from virtual chassis ${masterOf.name} because it is currently designated as its master.`);
  }
  await checkUniqueName(db, row, prev);
}

/** The device's units must exist in the rack and be free on its face (both faces when it is full depth). */
async function checkRackSpace(db: Db, rack: Row, position: number, height: number, type: Row, row: Row, prev: Row | null): Promise<void> {
  const face = type.is_full_depth ? undefined : (row.face as 'front' | 'rear');
  const taken = await occupiedSlots(db, Number(rack.id), { face, excludeDeviceIds: prev ? [Number(prev.id)] : [] });
  const units = new Set(rackUnits(rack as unknown as RackGeometry).map((u) => Math.round(u * 2)));
  if (deviceSlots(position, height).some((slot) => !units.has(slot) || taken.has(slot)))
    fail('position', `U${decimal1(position)} is already occupied or does not have sufficient space to accommodate this device type: ${type.model} (${decimal1(height)}U)`);
}

/** A platform limited to a manufacturer only fits device types of that manufacturer. */
async function checkPlatform(db: Db, row: Row, type: Row): Promise<void> {
  const platform = await one(db, 'dcim_platform', row.platform_id);
  if (!platform || platform.manufacturer_id == null || same(platform.manufacturer_id, type.manufacturer_id)) return;
  const names = new Map<number, string>(
    (await db('dcim_manufacturer').select('id', 'name').whereIn('id', [platform.manufacturer_id as number, type.manufacturer_id as number]))
      .map((m: Row) => [Number(m.id), String(m.name)]),
  );
  fail('platform', `The assigned platform is limited to ${names.get(Number(platform.manufacturer_id))} device types, but this device's type belongs to ${names.get(Number(type.manufacturer_id))}.`);
}

/** NetBox's constraints: Lower(name) unique per site and tenant, and per site among devices without a tenant. */
async function checkUniqueName(db: Db, row: Row, prev: Row | null): Promise<void> {
  if (!row.name) return;
  if (prev && prev.name === row.name && same(prev.site_id, row.site_id) && same(prev.tenant_id, row.tenant_id)) return;
  const qb = db('dcim_device').select('id').whereRaw('lower(name) = lower(?)', [row.name as string]).where('site_id', row.site_id as number).limit(1);
  if (prev) qb.whereNot('id', prev.id as number);
  if (row.tenant_id == null) qb.whereNull('tenant_id');
  else qb.where('tenant_id', row.tenant_id as number);
  if (await qb.first())
    throw ValidationError.nonField(row.tenant_id == null
      ? 'Device name must be unique per site.'
      : 'Constraint “dcim_device_unique_name_site_tenant” is violated.');
}

/**
 * NetBox's Device.save() before the write: a new device takes its type's airflow and default
 * platform when none is given, and a racked device takes its rack's location. Runs before
 * validation, so a location that contradicts the rack is still refused.
 */
export const deviceWriteHooks: WriteHooks = {
  async beforeSave({ trx, prev, parsed }) {
    const values = parsed.values;
    const pick = (col: string) => (col in values ? values[col] : prev?.[col]);
    if (!prev) {
      const type = await one(trx, 'dcim_devicetype', values.device_type_id);
      if (type && values.airflow == null && type.airflow) values.airflow = type.airflow;
      if (type && values.platform_id == null && type.default_platform_id != null) values.platform_id = type.default_platform_id;
    }
    const rackId = pick('rack_id');
    if (rackId != null && pick('location_id') == null && ('rack_id' in values || 'location_id' in values)) {
      const rack = await one(trx, 'dcim_rack', rackId);
      if (rack?.location_id != null) values.location_id = rack.location_id;
    }
  },
};

/** After the write: components from templates on create; devices in this one's bays follow its site, rack and location. */
export async function afterDeviceSave(row: Row, prev: Row | null, ctx: HookContext): Promise<void> {
  if (!prev) {
    // Loaded on first use: the components area imports the device model, so a static import would be a cycle.
    const { instantiateDeviceComponents } = await import('./instantiate-components.js');
    await instantiateDeviceComponents(ctx, row);
    return;
  }
  if (same(prev.site_id, row.site_id) && same(prev.rack_id, row.rack_id) && same(prev.location_id, row.location_id)) return;
  await ctx.trx('dcim_device')
    .update({ site_id: row.site_id, rack_id: row.rack_id, location_id: row.location_id, last_updated: ctx.trx.fn.now() })
    .whereIn('id', ctx.trx('dcim_devicebay').select('installed_device_id').where('device_id', row.id as number).whereNotNull('installed_device_id'));
}
