/**
 * Fixtures of the cable path tests, made over the API: the components area's three devices, three
 * patch panels (1:1 and 4-position rear ports with their front ports) and helpers to cable things
 * and read paths back.
 */
import { expect } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { base, make, makeAll, path, type Base } from '../components/fixtures.js';

export { dcimApp, make, makeAll, path } from '../components/fixtures.js';
export const CABLES = path('cables');

/** A patch panel: `rear[r]` with `front[r][p]` at position p+1. */
export interface Panel {
  device: number;
  rear: number[];
  front: number[][];
}

export interface PathWorld extends Base {
  /** ifaces[d][i]: interface eth{i} of devices[d]. */
  ifaces: number[][];
  /** panels[0…2]: rear0 (1 position, 1 front port) and trunk (4 positions, 4 front ports) each. */
  panels: Panel[];
}

/** Makes a patch panel device with a 1:1 rear port and a 4-position trunk rear port. */
export async function patchPanel(app: TestApp, b: Base, name: string): Promise<Panel> {
  const device = (await make(app.api, path('devices'), { name, device_type: b.types.plain, site: b.sites[0], role: b.role, status: 'active' })).id;
  const rear = await makeAll(app, 'rear-ports', [
    { device, name: 'rear0', type: '8p8c', positions: 1 },
    { device, name: 'trunk', type: 'lc', positions: 4 },
  ]);
  const front = [
    await makeAll(app, 'front-ports', [{ device, name: 'front0', type: '8p8c', rear_port: rear[0], rear_port_position: 1 }]),
    await makeAll(app, 'front-ports', [1, 2, 3, 4].map((p) => ({ device, name: `trunk-${p}`, type: 'lc', rear_port: rear[1], rear_port_position: p }))),
  ];
  return { device, rear, front };
}

/** Three devices with eight interfaces each, and three patch panels. */
export async function pathWorld(app: TestApp): Promise<PathWorld> {
  const b = await base(app);
  const ifaces: number[][] = [];
  for (const device of b.devices)
    ifaces.push(await makeAll(app, 'interfaces', [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ device, name: `eth${i}`, type: '1000base-t' }))));
  const panels = [await patchPanel(app, b, 'pp-1'), await patchPanel(app, b, 'pp-2'), await patchPanel(app, b, 'pp-3')];
  return { ...b, ifaces, panels };
}

/** `[{object_type, object_id}, …]` for a cable end. */
export const ends = (type: string, ...ids: number[]) => ids.map((object_id) => ({ object_type: type, object_id }));
export const iface = (...ids: number[]) => ends('dcim.interface', ...ids);
export const front = (...ids: number[]) => ends('dcim.frontport', ...ids);
export const rear = (...ids: number[]) => ends('dcim.rearport', ...ids);

/** Creates a cable between two ends and answers its id. */
export async function cable(app: TestApp, a: unknown[], b: unknown[], extra: Record<string, unknown> = {}): Promise<number> {
  return (await make(app.api, CABLES, { a_terminations: a, b_terminations: b, ...extra })).id;
}

/** The stored path starting at an endpoint (null without one), nodes as "label:id". */
export async function storedPath(app: TestApp, table: string, id: number): Promise<{ id: number; path: string[][]; is_active: boolean; is_complete: boolean; is_split: boolean } | null> {
  const row = await app.knex(table).select('_path_id').where('id', id).first();
  if (!row?._path_id) return null;
  const p = await app.knex('dcim_cablepath').where('id', row._path_id).first();
  const parsed = typeof p.path === 'string' ? JSON.parse(p.path) : p.path;
  return { id: Number(p.id), path: parsed, is_active: p.is_active, is_complete: p.is_complete, is_split: p.is_split };
}

/** Node strings, for comparing stored paths. */
export const n = {
  i: (id: number) => `dcim.interface:${id}`,
  c: (id: number) => `dcim.cable:${id}`,
  f: (id: number) => `dcim.frontport:${id}`,
  r: (id: number) => `dcim.rearport:${id}`,
};

/** GET that insists on 200. */
export async function get(app: TestApp, url: string): Promise<any> {
  const res = await app.api.get(url);
  expect(res.status, `GET ${url} → ${JSON.stringify(res.body)}`).toBe(200);
  return res.body;
}
