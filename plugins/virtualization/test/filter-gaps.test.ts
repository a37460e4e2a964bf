/**
 * NetBox 4.2 filters closed late: virtual machines' `interface_count__empty` and
 * `virtual_disk_count__empty` (true for a count of 0), and IP addresses' `vminterface__n` /
 * `vminterface_id__n` (every address not on those VM interfaces, unassigned ones included).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { VIRTUAL_DISKS, VMS, VM_INTERFACES, catalog, make, virtualizationApp } from './fixtures.js';

const IPS = '/api/ipam/ip-addresses/';

eachDatabase((database) => {
  let app: TestApp;
  const ids: Record<string, number> = {};
  const list = async (url: string, key: string): Promise<string[]> => {
    const res = await app.api.get(url);
    expect(res.status, `${url} → ${JSON.stringify(res.body)}`).toBe(200);
    return res.body.results.map((r: Record<string, unknown>) => String(r[key])).sort();
  };

  beforeAll(async () => {
    app = await createTestApp({ ...virtualizationApp, database });
    const c = await catalog(app);
    // vm-a: an interface "eth0" with 10.0.0.1, vm-b: a disk and an interface "mgmt" with 10.0.0.2, vm-c: nothing.
    const vm = async (name: string) => (await make(app.api, VMS, { name, site: c.sites[0] })).id as number;
    ids.a = await vm('vm-a');
    ids.b = await vm('vm-b');
    ids.c = await vm('vm-c');
    ids.eth0 = (await make(app.api, VM_INTERFACES, { virtual_machine: ids.a, name: 'eth0' })).id;
    ids.mgmt = (await make(app.api, VM_INTERFACES, { virtual_machine: ids.b, name: 'mgmt' })).id;
    await make(app.api, VIRTUAL_DISKS, { virtual_machine: ids.b, name: 'disk0', size: 10 });
    await make(app.api, IPS, { address: '10.0.0.1/24', assigned_object_type: 'virtualization.vminterface', assigned_object_id: ids.eth0 });
    await make(app.api, IPS, { address: '10.0.0.2/24', assigned_object_type: 'virtualization.vminterface', assigned_object_id: ids.mgmt });
    await make(app.api, IPS, { address: '10.0.0.3/24' });
  }, 600_000);
  afterAll(async () => app?.close());

  describe('virtual machine counters', () => {
    it.each([
      ['interface_count__empty=true', ['vm-c']],
      ['interface_count__empty=false', ['vm-a', 'vm-b']],
      ['virtual_disk_count__empty=true', ['vm-a', 'vm-c']],
      ['virtual_disk_count__empty=false', ['vm-b']],
      ['interface_count__empty=false&virtual_disk_count__empty=true', ['vm-a']],
    ])('%s', async (q, expected) => expect(await list(`${VMS}?${q}`, 'name')).toEqual(expected));

    it('rejects a malformed value', async () => {
      const res = await app.api.get(`${VMS}?virtual_disk_count__empty=none`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ virtual_disk_count__empty: ['Select a valid choice. That choice is not one of the available choices.'] });
    });
  });

  describe('ip addresses by VM interface, negated', () => {
    it('vminterface__n (by name) and vminterface_id__n', async () => {
      expect(await list(`${IPS}?vminterface=eth0`, 'address')).toEqual(['10.0.0.1/24']);
      expect(await list(`${IPS}?vminterface__n=eth0`, 'address')).toEqual(['10.0.0.2/24', '10.0.0.3/24']);
      expect(await list(`${IPS}?vminterface_id__n=${ids.mgmt}`, 'address')).toEqual(['10.0.0.1/24', '10.0.0.3/24']);
      expect(await list(`${IPS}?vminterface_id__n=${ids.mgmt}&vminterface_id__n=${ids.eth0}`, 'address')).toEqual(['10.0.0.3/24']);
    });
  });
});
