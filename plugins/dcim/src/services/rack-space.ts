/**
 * Rack space: which unit numbers a rack has and which half-unit slots its devices occupy. Shared
 * by the racks area (elevations, "a rack cannot shrink below its devices") and the devices area
 * (placement validation), so both count space exactly alike — NetBox's Rack.units and
 * Rack.get_available_units, with half units (a device may sit at position 1.5).
 */
import type { RequestCradle } from '@patchbay/core';

/** The knex instance or transaction to read with (core's own type, so no knex import is needed here). */
export type Knex = RequestCradle['knex'];

/** The rack attributes that define its units. */
export interface RackGeometry {
  u_height: number;
  starting_unit: number;
  desc_units: boolean;
}

/**
 * Unit numbers of a rack, top-down as NetBox lists them (desc_units reverses). Units are listed
 * in half steps as NetBox's `Rack.units` does: an ascending 42U rack starting at 1 gives 42.5,
 * 42, 41.5 … 1.5, 1; a descending one gives 1, 1.5 … 42, 42.5.
 */
export function rackUnits(rack: RackGeometry): number[] {
  const height = Number(rack.u_height);
  const start = Number(rack.starting_unit);
  const out: number[] = [];
  for (let slot = 0; slot < height * 2; slot++) out.push(start + slot / 2);
  return rack.desc_units ? out : out.reverse();
}

/** A unit number as NetBox names it: `U7`, `U7.5`. */
export function unitName(unit: number): string {
  return `U${Number.isInteger(unit) ? unit.toFixed(0) : String(unit)}`;
}

/** The half-unit slots (position × 2) a device of `height` U at `position` covers. */
export function deviceSlots(position: number, height: number): number[] {
  const first = Math.round(position * 2);
  const count = Math.round(height * 2);
  return Array.from({ length: count }, (_, i) => first + i);
}

/** One mounted device as read for slot accounting. */
export interface MountedDevice {
  id: number;
  position: number;
  face: string | null;
  u_height: number;
  is_full_depth: boolean;
}

/**
 * Devices mounted in a rack that take space: a position and a device type taller than 0U.
 * With `face`, only those on that face or full depth (which occupy both faces).
 */
export async function mountedDevices(
  db: Knex,
  rackId: number,
  opts: { face?: 'front' | 'rear'; excludeDeviceIds?: number[] } = {},
): Promise<MountedDevice[]> {
  const qb = db('dcim_device as d')
    .join('dcim_devicetype as dt', 'dt.id', 'd.device_type_id')
    .select('d.id', 'd.position', 'd.face', 'dt.u_height', 'dt.is_full_depth')
    .where('d.rack_id', rackId)
    .whereNotNull('d.position')
    .where('d.position', '>', 0)
    .where('dt.u_height', '>', 0)
    .orderBy('d.position')
    .orderBy('d.id');
  if (opts.face) {
    const face = opts.face;
    qb.where((w) => w.where('d.face', face).orWhere('dt.is_full_depth', true));
  }
  if (opts.excludeDeviceIds?.length) qb.whereNotIn('d.id', opts.excludeDeviceIds);
  const rows: Record<string, unknown>[] = await qb;
  return rows.map((r) => ({
    id: Number(r.id),
    position: Number(r.position),
    face: (r.face as string | null) || null,
    u_height: Number(r.u_height),
    is_full_depth: Boolean(r.is_full_depth),
  }));
}

/**
 * Half-unit slots occupied on a face: key = position*2 (a device at 1.5 of height 1 takes slots 3
 * and 4), value = device id. Full-depth devices (device type is_full_depth) occupy both faces;
 * 0U devices and devices without position occupy nothing. Without `face`, every mounted device
 * counts (both faces together).
 */
export async function occupiedSlots(
  db: Knex,
  rackId: number,
  opts: { face?: 'front' | 'rear'; excludeDeviceIds?: number[] } = {},
): Promise<Map<number, number>> {
  const slots = new Map<number, number>();
  for (const d of await mountedDevices(db, rackId, opts))
    for (const s of deviceSlots(d.position, d.u_height)) if (!slots.has(s)) slots.set(s, d.id);
  return slots;
}
