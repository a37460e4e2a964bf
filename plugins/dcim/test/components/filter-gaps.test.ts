/**
 * NetBox 4.2 filters closed late: components' `device_status` text lookups, module bays'
 * `parent_id` (the bay holding the module that owns the bay), and `__empty` on counters
 * (devices' `*_count`, device types' `*_template_count`, virtual chassis' `member_count`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { base, dcimApp, make, path, type Base } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let b: Base;
  const ids: Record<string, number> = {};
  const names = async (url: string): Promise<string[]> => {
    const res = await app.api.get(url);
    expect(res.status, `${url} → ${JSON.stringify(res.body)}`).toBe(200);
    return res.body.results.map((r: { name: string }) => r.name).sort();
  };

  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    b = await base(app);
    const [d1, d2, d3] = b.devices as [number, number, number];
    // dev-1 active, dev-2 planned, dev-3 offline; one console port each.
    await app.api.patch(`${path('devices')}${d2}/`, { status: 'planned' });
    await app.api.patch(`${path('devices')}${d3}/`, { status: 'offline' });
    for (const [i, d] of [d1, d2, d3].entries()) await make(app.api, path('console-ports'), { device: d, name: `con-${i + 1}` });
    // dev-1: bay A holds a module whose own bay "A/1" therefore has A as parent; bay B is empty.
    ids.bayA = (await make(app.api, path('module-bays'), { device: d1, name: 'A' })).id;
    ids.bayB = (await make(app.api, path('module-bays'), { device: d1, name: 'B' })).id;
    const module = await make(app.api, path('modules'), { device: d1, module_bay: ids.bayA, module_type: b.moduleType });
    ids.bayA1 = (await make(app.api, path('module-bays'), { device: d1, module: module.id, name: 'A/1' })).id;
    // The Plain type gets one interface template; a chassis gets dev-2 as its only member.
    await make(app.api, path('interface-templates'), { device_type: b.types.plain, name: 'eth0', type: '1000base-t' });
    const vc = await make(app.api, path('virtual-chassis'), { name: 'VC-full' });
    await make(app.api, path('virtual-chassis'), { name: 'VC-empty' });
    const res = await app.api.patch(`${path('devices')}${d2}/`, { virtual_chassis: vc.id, vc_position: 1 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }, 600_000);
  afterAll(async () => app.close());

  describe('device_status on components', () => {
    const CON = path('console-ports');
    it.each([
      ['device_status=active', ['con-1']],
      ['device_status=Active', []],
      ['device_status__n=active', ['con-2', 'con-3']],
      ['device_status__ie=ACTIVE', ['con-1']],
      ['device_status__nie=ACTIVE', ['con-2', 'con-3']],
      ['device_status__ic=LINE', ['con-3']],
      ['device_status__nic=line', ['con-1', 'con-2']],
      ['device_status__isw=PL', ['con-2']],
      ['device_status__nisw=pl', ['con-1', 'con-3']],
      ['device_status__iew=IVE', ['con-1']],
      ['device_status__niew=ive', ['con-2', 'con-3']],
      ['device_status__ic=a&device_status__ic=off', ['con-1', 'con-2', 'con-3']],
      ['device_status__empty=true', []],
      ['device_status__empty=false', ['con-1', 'con-2', 'con-3']],
    ])('%s', async (query, expected) => expect(await names(`${CON}?${query}`)).toEqual(expected));

    it('applies to every component list', async () => {
      expect(await names(`${path('module-bays')}?device_status__isw=act`)).toEqual(['A', 'A/1', 'B']);
      expect(await names(`${path('interfaces')}?device_status__ic=act`)).toEqual([]);
    });

    it('rejects a malformed empty value', async () => {
      const res = await app.api.get(`${CON}?device_status__empty=maybe`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ device_status__empty: ['Select a valid choice. That choice is not one of the available choices.'] });
    });
  });

  describe('module bay parent_id', () => {
    const BAYS = path('module-bays');
    it('finds the bays of the module installed in the given bay', async () => {
      expect(await names(`${BAYS}?parent_id=${ids.bayA}`)).toEqual(['A/1']);
      expect(await names(`${BAYS}?parent_id=${ids.bayB}`)).toEqual([]);
      expect(await names(`${BAYS}?parent_id=${ids.bayA}&parent_id=${ids.bayB}`)).toEqual(['A/1']);
      expect(await names(`${BAYS}?parent_id__n=${ids.bayA}`)).toEqual(['A', 'B']);
    });
    it('answers 400 for a bay that does not exist', async () => {
      const res = await app.api.get(`${BAYS}?parent_id=999999`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ parent_id: ['Select a valid choice. 999999 is not one of the available choices.'] });
    });
  });

  describe('__empty on counters', () => {
    it('devices: true for a count of 0', async () => {
      expect(await names(`${path('devices')}?console_port_count__empty=false`)).toEqual(['dev-1', 'dev-2', 'dev-3']);
      expect(await names(`${path('devices')}?module_bay_count__empty=false`)).toEqual(['dev-1']);
      expect(await names(`${path('devices')}?module_bay_count__empty=true`)).toEqual(['dev-2', 'dev-3']);
      expect(await names(`${path('devices')}?interface_count__empty=true`)).toEqual(['dev-1', 'dev-2', 'dev-3']);
    });
    it('device types: true for no templates of the kind', async () => {
      const models = async (q: string) => (await app.api.get(`${path('device-types')}?${q}`)).body.results.map((r: { model: string }) => r.model).sort();
      expect(await models('interface_template_count__empty=false')).toEqual(['Plain']);
      expect(await models('interface_template_count__empty=true')).toEqual(['Blade', 'Chassis']);
      expect(await models('console_port_template_count__empty=false')).toEqual([]);
    });
    it('virtual chassis: member_count__empty', async () => {
      expect(await names(`${path('virtual-chassis')}?member_count__empty=true`)).toEqual(['VC-empty']);
      expect(await names(`${path('virtual-chassis')}?member_count__empty=false`)).toEqual(['VC-full']);
    });
    it('rejects a malformed value', async () => {
      const res = await app.api.get(`${path('devices')}?interface_count__empty=2`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ interface_count__empty: ['Select a valid choice. That choice is not one of the available choices.'] });
    });
  });
});
