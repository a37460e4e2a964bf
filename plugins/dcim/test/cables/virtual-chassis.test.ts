/** Virtual chassis rules NetBox 4.2 applies (members, master, positions, delete) and the VC member interface listing, through HTTP. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { base, type Base } from '../components/fixtures.js';
import { dcimApp, make, path } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let b: Base;
  beforeAll(async () => {
    app = await createTestApp({ ...dcimApp, database });
    b = await base(app);
  }, 600_000);
  afterAll(async () => app.close());

  const device = (name: string, extra: Record<string, unknown> = {}) =>
    make(app.api, path('devices'), { name, device_type: b.types.plain, site: b.sites[0], role: b.role, status: 'active', ...extra });
  const iface = (dev: number, name: string, extra: Record<string, unknown> = {}) =>
    make(app.api, path('interfaces'), { device: dev, name, type: '1000base-t', ...extra });
  const ids = async (q: string) => ((await app.api.get(`${path('interfaces')}?${q}&limit=0`)).body.results as { id: number }[]).map((r) => r.id).sort((x, y) => x - y);

  it('lists the members\' interfaces (not their management ones) under any member', async () => {
    const master = await device('stack-1');
    const vc = await make(app.api, path('virtual-chassis'), { name: 'stack', master: master.id });
    const member = await device('stack-2', { virtual_chassis: vc.id, vc_position: 2 });
    const loner = await device('loner');
    const [m0, mMgmt, s0, sMgmt, l0] = [
      await iface(master.id, 'ge-0/0/0'), await iface(master.id, 'em0', { mgmt_only: true }),
      await iface(member.id, 'ge-1/0/0'), await iface(member.id, 'em1', { mgmt_only: true }), await iface(loner.id, 'eth0'),
    ];
    expect(await ids(`virtual_chassis_member_id=${master.id}`)).toEqual([m0.id, mMgmt.id, s0.id].sort((x, y) => x - y));
    expect(await ids('virtual_chassis_member=stack-2')).toEqual([m0.id, s0.id, sMgmt.id].sort((x, y) => x - y));
    expect(await ids(`virtual_chassis_member_id=${loner.id}`)).toEqual([l0.id]);
    expect(await ids(`virtual_chassis_id=${vc.id}`)).toHaveLength(4);
    const chassis = (await app.api.get(`${path('virtual-chassis')}${vc.id}/`)).body;
    expect(chassis).toMatchObject({ master: { id: master.id }, member_count: 2 });
    expect(chassis.members.map((d: { id: number }) => d.id).sort()).toEqual([master.id, member.id].sort());
  });

  it('keeps positions unique, positions required, and the master a member', async () => {
    const master = await device('pos-1');
    const vc = await make(app.api, path('virtual-chassis'), { name: 'pos', master: master.id });
    expect((await app.api.get(`${path('devices')}${master.id}/`)).body).toMatchObject({ virtual_chassis: { id: vc.id }, vc_position: 1 });
    const dup = await app.api.post(path('devices'), { name: 'pos-2', device_type: b.types.plain, site: b.sites[0], role: b.role, virtual_chassis: vc.id, vc_position: 1 });
    expect(dup.status).toBe(400);
    const noPos = await app.api.post(path('devices'), { name: 'pos-3', device_type: b.types.plain, site: b.sites[0], role: b.role, virtual_chassis: vc.id });
    expect(noPos.body).toEqual({ vc_position: ['A device assigned to a virtual chassis must have its position defined.'] });
    const outsider = await device('pos-4');
    const bad = await app.api.patch(`${path('virtual-chassis')}${vc.id}/`, { master: outsider.id });
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ master: ['The selected master (pos-4) is not assigned to this virtual chassis.'] });
  });

  it('refuses to delete a chassis whose members share a LAG (409), then frees the members', async () => {
    const master = await device('lag-1');
    const vc = await make(app.api, path('virtual-chassis'), { name: 'lagged', master: master.id });
    const member = await device('lag-2', { virtual_chassis: vc.id, vc_position: 2, vc_priority: 10 });
    const lag = await iface(master.id, 'ae0', { type: 'lag' });
    const port = await iface(member.id, 'xe-1/0/0', { lag: lag.id });
    const refused = await app.api.delete(`${path('virtual-chassis')}${vc.id}/`);
    expect(refused.status).toBe(409);
    expect(refused.body).toEqual({ detail: `Unable to delete object. 1 dependent objects were found: xe-1/0/0 (${port.id})` });
    await app.api.patch(`${path('interfaces')}${port.id}/`, { lag: null });
    expect((await app.api.delete(`${path('virtual-chassis')}${vc.id}/`)).status).toBe(204);
    for (const d of [master, member])
      expect((await app.api.get(`${path('devices')}${d.id}/`)).body).toMatchObject({ virtual_chassis: null, vc_position: null, vc_priority: null });
  });
});
