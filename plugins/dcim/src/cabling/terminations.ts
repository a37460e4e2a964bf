/**
 * Attaching objects to a cable end and detaching them (NetBox's CableTermination.save/delete and
 * clean): the termination rows with their cached device/rack/location/site, and the objects' own
 * `cable_id`/`cable_end`. Each step works on all of a cable's objects at once, so a cable costs
 * the same few statements however many objects its ends hold.
 */
import { ValidationError, fieldsOf, type Knex, type Registry } from '@patchbay/core';
import { InterfaceTypeChoices } from '../choices.js';
import { VIRTUAL_IFACE_TYPES, WIRELESS_IFACE_TYPES } from '../services/component-interface.js';
import type { TerminationRef } from './constants.js';

type Row = Record<string, unknown>;

/** A cable end's reference with the object's stored row. */
export interface Resolved { ref: TerminationRef; object: Row }

/** NetBox's NONCONNECTABLE_IFACE_TYPES. */
const NONCONNECTABLE_IFACE_TYPES = [...VIRTUAL_IFACE_TYPES, ...WIRELESS_IFACE_TYPES];

/** The stored table of a termination type. */
export function tableOf(registry: Registry, type: string): string {
  const model = registry.models.get(type);
  if (!model) throw new Error(`unknown termination type ${type}`);
  return model.tableName;
}

/** Groups values by a key, keeping first-seen order. */
function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) (out.get(key(item)) ?? out.set(key(item), []).get(key(item))!).push(item);
  return out;
}

/**
 * The objects of some refs by `type:id` (missing ones are left out): one query per object type,
 * which also brings each object's current termination (`__ct_cable_id`) and, for device
 * components, its device's rack/location/site (`__d_…`), so the checks and the cached relations
 * need no further reads.
 */
export async function fetchObjects(trx: Knex, registry: Registry, refs: TerminationRef[]): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
  for (const [type, group] of groupBy(refs, (r) => r.termination_type)) {
    const model = registry.models.get(type)!;
    const qb = trx(`${model.tableName} as t`).select('t.*', { __ct_cable_id: 'ct.cable_id' })
      .leftJoin('dcim_cabletermination as ct', (j) => j.on('ct.termination_id', 't.id').andOn('ct.termination_type', trx.raw('?', [type])))
      .whereIn('t.id', [...new Set(group.map((r) => r.termination_id))]);
    if (fieldsOf(model).device)
      qb.leftJoin('dcim_device as d', 'd.id', 't.device_id').select({ __d_rack_id: 'd.rack_id', __d_location_id: 'd.location_id', __d_site_id: 'd.site_id' });
    for (const row of await qb) out.set(`${type}:${Number(row.id)}`, row);
  }
  return out;
}

/**
 * NetBox's CableTermination.clean() for each object of a cable, in order (the first broken rule
 * is raised), plus the `mark_connected` rule. One query per object type for the duplicates.
 */
export async function checkTerminations(trx: Knex, ends: Resolved[], cableId: number | null): Promise<void> {
  const taken = new Map<string, unknown>();
  for (const { ref, object } of ends)
    if (object.__ct_cable_id != null && Number(object.__ct_cable_id) !== cableId) taken.set(`${ref.termination_type}:${ref.termination_id}`, object.__ct_cable_id);
  // Objects read without their termination (fetchObjects brings it) are checked with a query per type.
  const unread = ends.filter((e) => !('__ct_cable_id' in e.object));
  for (const [type, group] of groupBy(unread, (e) => e.ref.termination_type)) {
    const rows: Row[] = await trx('dcim_cabletermination').select('termination_id', 'cable_id')
      .where('termination_type', type).whereIn('termination_id', group.map((e) => e.ref.termination_id))
      .modify((qb) => { if (cableId != null) qb.whereNot('cable_id', cableId); });
    for (const r of rows) taken.set(`${type}:${Number(r.termination_id)}`, r.cable_id);
  }
  for (const { ref, object } of ends) {
    const [app, model] = ref.termination_type.split('.');
    const other = taken.get(`${ref.termination_type}:${ref.termination_id}`);
    if (other !== undefined)
      throw ValidationError.nonField(`Duplicate termination found for ${app}.${model} ${ref.termination_id}: cable ${other}`);
    if (ref.termination_type === 'dcim.interface' && NONCONNECTABLE_IFACE_TYPES.includes(String(object.type)))
      throw ValidationError.nonField(`Cables cannot be terminated to ${InterfaceTypeChoices.label(object.type)} interfaces`);
    if (ref.termination_type === 'circuits.circuittermination' && object._provider_network_id != null)
      throw ValidationError.nonField('Circuit terminations attached to a provider network may not be cabled.');
    // Patchbay: NetBox's CabledObjectModel.clean() forbids a cable on a "marked connected" object; refuse it up front.
    if (object.mark_connected && !(cableId != null && Number(object.cable_id) === cableId))
      throw ValidationError.nonField(`Cannot attach a cable to ${app}.${model} ${ref.termination_id}: it is marked as connected.`);
  }
}

/**
 * NetBox's CableTermination.cache_related_objects() for several objects: a device component → its
 * device and the device's rack, location, site; a power feed → its rack and the rack's location
 * and site; a circuit termination → its cached site. One query per kind of parent.
 */
async function cachedRelations(trx: Knex, objects: Row[]): Promise<Row[]> {
  const deviceIds = [...new Set(objects.filter((o) => o.device_id != null && !('__d_site_id' in o)).map((o) => Number(o.device_id)))];
  const rackIds = [...new Set(objects.filter((o) => o.device_id == null && o.power_panel_id !== undefined && o.rack_id != null).map((o) => Number(o.rack_id)))];
  const devices = new Map<number, Row>();
  if (deviceIds.length)
    for (const d of await trx('dcim_device').select('id', 'rack_id', 'location_id', 'site_id').whereIn('id', deviceIds)) devices.set(Number(d.id), d);
  const racks = new Map<number, Row>();
  if (rackIds.length)
    for (const r of await trx('dcim_rack').select('id', 'location_id', 'site_id').whereIn('id', rackIds)) racks.set(Number(r.id), r);
  return objects.map((o) => {
    if (o.device_id != null) {
      const d = '__d_site_id' in o ? { rack_id: o.__d_rack_id, location_id: o.__d_location_id, site_id: o.__d_site_id } : devices.get(Number(o.device_id));
      return { _device_id: o.device_id, _rack_id: d?.rack_id ?? null, _location_id: d?.location_id ?? null, _site_id: d?.site_id ?? null };
    }
    if (o.power_panel_id !== undefined) {
      const r = o.rack_id != null ? racks.get(Number(o.rack_id)) : undefined;
      return { _device_id: null, _rack_id: r ? o.rack_id : null, _location_id: r?.location_id ?? null, _site_id: r?.site_id ?? null };
    }
    return { _device_id: null, _rack_id: null, _location_id: null, _site_id: o._site_id ?? null };
  });
}

/** Refreshes a termination row's cached relations from its object. */
export async function cacheRelations(trx: Knex, terminationId: number, object: Row): Promise<void> {
  const [cached] = await cachedRelations(trx, [object]);
  await trx('dcim_cabletermination').update(cached!).where('id', terminationId);
}

/** Sets `cable_id` and each object's `cable_end`: one UPDATE per object type. */
async function setCable(trx: Knex, registry: Registry, cableId: number, refs: TerminationRef[]): Promise<void> {
  for (const [type, group] of groupBy(refs, (r) => r.termination_type)) {
    const values = group.map(() => '(?::bigint, ?::varchar)').join(', ');
    await trx.raw(`UPDATE ?? AS t SET cable_id = ?, cable_end = v.e FROM (VALUES ${values}) AS v(id, e) WHERE t.id = v.id`, [
      tableOf(registry, type), cableId, ...group.flatMap((r) => [r.termination_id, r.cable_end]),
    ]);
  }
}

/** Inserts the termination rows of a cable's new ends (cached relations included) and points the objects at the cable; answers the rows. */
export async function attachAll(trx: Knex, registry: Registry, cableId: number, ends: Resolved[]): Promise<Row[]> {
  if (!ends.length) return [];
  const cached = await cachedRelations(trx, ends.map((e) => e.object));
  const rows: Row[] = await trx('dcim_cabletermination').insert(ends.map((e, i) => ({
    cable_id: cableId, cable_end: e.ref.cable_end, termination_type: e.ref.termination_type, termination_id: e.ref.termination_id, ...cached[i],
  }))).returning('*');
  await setCable(trx, registry, cableId, ends.map((e) => e.ref));
  return rows;
}

/** Deletes termination rows (unless told not to) and clears their objects' cable and end (NetBox's CableTermination.delete). */
export async function detach(trx: Knex, registry: Registry, rows: TerminationRef[], deleteRows = true): Promise<void> {
  for (const [type, group] of groupBy(rows, (r) => r.termination_type)) {
    const ids = group.map((r) => r.termination_id);
    if (registry.models.get(type)) await trx(tableOf(registry, type)).update({ cable_id: null, cable_end: '' }).whereIn('id', ids);
    if (deleteRows) await trx('dcim_cabletermination').where('termination_type', type).whereIn('termination_id', ids).delete();
  }
}

/** A cable's termination rows as refs. */
export async function refsOfCable(trx: Knex, cableId: number): Promise<(TerminationRef & { id: number })[]> {
  const rows: Row[] = await trx('dcim_cabletermination').select('id', 'cable_end', 'termination_type', 'termination_id')
    .where('cable_id', cableId).orderBy(['cable_end', 'id']);
  return rows.map((r) => ({ id: Number(r.id), cable_end: r.cable_end as 'A' | 'B', termination_type: String(r.termination_type), termination_id: Number(r.termination_id) }));
}
