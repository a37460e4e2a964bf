/**
 * Attaching objects to a cable end and detaching them (NetBox's CableTermination.save/delete and
 * clean): the termination rows with their cached device/rack/location/site, and the objects' own
 * `cable_id`/`cable_end`. Each step works on all of a cable's objects at once (or all of a bulk
 * create's cables), so a write costs the same few statements however many objects it holds.
 */
import { ValidationError, fieldsOf, type Knex, type Registry } from '@patchbay/core';
import { InterfaceTypeChoices } from '../choices.js';
import { VIRTUAL_IFACE_TYPES, WIRELESS_IFACE_TYPES } from '../services/component-interface.js';
import type { TerminationRef } from './constants.js';
import { ID_CHUNK } from './paths/nodes.js';

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
    const ids = [...new Set(group.map((r) => r.termination_id))];
    // Chunked: a bulk create may name more objects than one statement can bind.
    for (let k = 0; k < ids.length; k += ID_CHUNK) {
      const qb = trx(`${model.tableName} as t`).select('t.*', { __ct_cable_id: 'ct.cable_id' })
        .leftJoin('dcim_cabletermination as ct', (j) => j.on('ct.termination_id', 't.id').andOn('ct.termination_type', trx.raw('?', [type])))
        .whereIn('t.id', ids.slice(k, k + ID_CHUNK));
      if (fieldsOf(model).device)
        qb.leftJoin('dcim_device as d', 'd.id', 't.device_id').select({ __d_rack_id: 'd.rack_id', __d_location_id: 'd.location_id', __d_site_id: 'd.site_id' });
      for (const row of await qb) out.set(`${type}:${Number(row.id)}`, row);
    }
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

/** Rows per multi-row statement (keeps the bindings well under Postgres's 65,535). */
const CHUNK = 2000;

/** Sets each object's `cable_id` and `cable_end`: one UPDATE … FROM (VALUES …) per object type (and chunk). */
async function setCables(trx: Knex, registry: Registry, items: { cableId: number; ref: TerminationRef }[]): Promise<void> {
  for (const [type, group] of groupBy(items, (i) => i.ref.termination_type)) {
    for (let k = 0; k < group.length; k += CHUNK) {
      const part = group.slice(k, k + CHUNK);
      await trx.raw(
        `UPDATE ?? AS t SET cable_id = v.c, cable_end = v.e FROM (VALUES ${part.map(() => '(?::bigint, ?::bigint, ?::varchar)').join(', ')}) AS v(id, c, e) WHERE t.id = v.id`,
        [tableOf(registry, type), ...part.flatMap((i) => [i.ref.termination_id, i.cableId, i.ref.cable_end])],
      );
    }
  }
}

/** Inserts the termination rows of a cable's new ends (cached relations included) and points the objects at the cable; answers the rows. */
export async function attachAll(trx: Knex, registry: Registry, cableId: number, ends: Resolved[]): Promise<Row[]> {
  return attachMany(trx, registry, [{ cableId, ends }]);
}

/**
 * attachAll for many cables at once (a bulk create): the cached relations, one multi-row INSERT
 * of termination rows and one UPDATE per object type, whatever the number of cables. Answers the
 * rows in the order given (cable by cable, each end's objects in order).
 */
export async function attachMany(trx: Knex, registry: Registry, cables: { cableId: number; ends: Resolved[] }[]): Promise<Row[]> {
  const items = cables.flatMap(({ cableId, ends }) => ends.map((e) => ({ cableId, ref: e.ref, object: e.object })));
  if (!items.length) return [];
  const cached = await cachedRelations(trx, items.map((i) => i.object));
  const rows: Row[] = [];
  for (let k = 0; k < items.length; k += CHUNK) {
    rows.push(...(await trx('dcim_cabletermination').insert(items.slice(k, k + CHUNK).map((e, i) => ({
      cable_id: e.cableId, cable_end: e.ref.cable_end, termination_type: e.ref.termination_type, termination_id: e.ref.termination_id, ...cached[k + i],
    }))).returning('*')) as Row[]);
  }
  await setCables(trx, registry, items);
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
