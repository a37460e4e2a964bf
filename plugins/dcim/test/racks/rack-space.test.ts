/** services/rack-space.ts: unit numbering (pure) and slot occupancy read from mounted devices. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { deviceSlots, occupiedSlots, rackUnits, unitName } from '../../src/services/rack-space.js';
import { RACKS, make, places, racksApp, type Places } from './fixtures.js';

describe('rackUnits', () => {
  it('lists half units top-down, ascending numbering by default', () => {
    expect(rackUnits({ u_height: 2, starting_unit: 1, desc_units: false })).toEqual([2.5, 2, 1.5, 1]);
    expect(rackUnits({ u_height: 3, starting_unit: 10, desc_units: false })).toEqual([12.5, 12, 11.5, 11, 10.5, 10]);
  });
  it('reverses for descending units', () => {
    expect(rackUnits({ u_height: 2, starting_unit: 1, desc_units: true })).toEqual([1, 1.5, 2, 2.5]);
  });
  it('names units as NetBox does and maps positions to slots', () => {
    expect([unitName(7), unitName(7.5)]).toEqual(['U7', 'U7.5']);
    expect(deviceSlots(1.5, 1)).toEqual([3, 4]);
    expect(deviceSlots(3, 2)).toEqual([6, 7, 8, 9]);
    expect(deviceSlots(5, 0.5)).toEqual([10]);
  });
});

eachDatabase((database) => {
  let app: TestApp;
  let p: Places;
  let rack: number;
  const dev: Record<string, number> = {};
  beforeAll(async () => {
    app = await createTestApp({ ...racksApp, database });
    p = await places(app);
    rack = (await make(app.api, RACKS, { name: 'Space', site: p.sites[0], u_height: 10 })).id;
    const role = (await make(app.api, '/api/dcim/device-roles/', { name: 'Server', slug: 'server', color: 'aa1409' })).id;
    const type = async (slug: string, u_height: number, is_full_depth: boolean) =>
      (await make(app.api, '/api/dcim/device-types/', { manufacturer: p.manufacturers[0], model: slug, slug, u_height, is_full_depth })).id;
    const full2 = await type('full-2u', 2, true);
    const half1 = await type('half-1u', 1, false);
    const zero = await type('zero-u', 0, false);
    const device = async (name: string, device_type: number, extra: Record<string, unknown>) =>
      (dev[name] = (await make(app.api, '/api/dcim/devices/', { name, device_type, role, site: p.sites[0], rack, ...extra })).id);
    await device('full', full2, { position: 1, face: 'front' });
    await device('front', half1, { position: 4.5, face: 'front' });
    await device('rear', half1, { position: 4, face: 'rear' });
    await device('pdu', zero, {});
    await device('loose', half1, {});
  });
  afterAll(async () => app?.close());

  it('maps each occupied half-unit slot of a face to its device; full-depth devices fill both faces', async () => {
    const front = await occupiedSlots(app.knex, rack, { face: 'front' });
    expect(Object.fromEntries(front)).toEqual({ 2: dev.full, 3: dev.full, 4: dev.full, 5: dev.full, 9: dev.front, 10: dev.front });
    const rear = await occupiedSlots(app.knex, rack, { face: 'rear' });
    expect(Object.fromEntries(rear)).toEqual({ 2: dev.full, 3: dev.full, 4: dev.full, 5: dev.full, 8: dev.rear, 9: dev.rear });
  });
  it('counts both faces without a face, and leaves out excluded devices', async () => {
    const all = await occupiedSlots(app.knex, rack);
    expect([...all.keys()].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 8, 9, 10]);
    const without = await occupiedSlots(app.knex, rack, { face: 'front', excludeDeviceIds: [dev.full!] });
    expect(Object.fromEntries(without)).toEqual({ 9: dev.front, 10: dev.front });
  });
  it('is empty for a rack without devices', async () => {
    const empty = (await make(app.api, RACKS, { name: 'Empty', site: p.sites[0] })).id;
    expect((await occupiedSlots(app.knex, empty)).size).toBe(0);
  });
});
