/**
 * Bulk creates of IP addresses through core's set-based path (IPAddress.cleanMany): the same
 * answers as one-by-one creates — per-item errors in request order, duplicates against stored
 * addresses and against the batch's own earlier addresses, all-or-nothing, a change record and
 * an event per object — and core's batch row checks (validateRows) for unique fields, unique
 * sets and generic relations.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ValidationError } from '@patchbay/core';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { validateRows } from '../../../../core/src/operations/validate-row.js';
import { IP_ADDRESSES, IP_RANGES, ipamApp, ipamWorld, make, type IpamWorld } from '../fixtures.js';
import { IPAddress } from '../../src/models/ip-address.js';
import { Role } from '../../src/models/role.js';
import { QueryCounter } from '../../../../core/src/db/query-counter.js';

const onInterface = (id: number) => ({ assigned_object_type: 'dcim.interface', assigned_object_id: id });

eachDatabase(() => {
  let t: TestApp;
  let w: IpamWorld;
  beforeAll(async () => {
    t = await createTestApp(ipamApp);
    w = await ipamWorld(t);
    await make(t.api, IP_ADDRESSES, { address: '10.50.0.1/24' });
    await make(t.api, IP_ADDRESSES, { address: '10.50.0.1/24', vrf: w.vrfs[2] });
    // NetBox 4.2's API does not expose mark_populated; set it as the UI would.
    const range = await make(t.api, IP_RANGES, { start_address: '10.60.0.10/24', end_address: '10.60.0.20/24' });
    await t.knex('ipam_iprange').where('id', range.id).update({ mark_populated: true });
  });
  afterAll(async () => t.close());

  const count = async () => Number((await t.knex('ipam_ipaddress').count({ n: '*' }))[0]!.n);

  it('creates a batch in request order, with what one-by-one creates store, and a change record and event per object', async () => {
    const before = await count();
    const res = await t.api.post(IP_ADDRESSES, [
      { address: '10.51.0.1/24', dns_name: 'Host-A.Example.COM', tenant: w.tenants[0], ...onInterface(w.interfaces[0]!), changelog_message: 'first' },
      { address: '2001:db8:51::1/64', vrf: w.vrfs[0], status: 'slaac' },
      { address: '10.51.0.1/24', vrf: w.vrfs[2] },
      { address: '10.51.0.1/24', vrf: w.vrfs[2] }, // VRF 3 does not enforce uniqueness
      { address: '10.52.0.9/24', role: 'anycast' },
      { address: '10.52.0.9/24', role: 'vip' }, // every copy non-unique: allowed
      { address: '10.52.0.0/31', ...onInterface(w.interfaces[1]!) }, // /31: both ends usable
    ]);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.map((o: any) => o.address)).toEqual([
      '10.51.0.1/24', '2001:db8:51::1/64', '10.51.0.1/24', '10.51.0.1/24', '10.52.0.9/24', '10.52.0.9/24', '10.52.0.0/31',
    ]);
    expect(res.body[0]).toMatchObject({ dns_name: 'host-a.example.com', tenant: { id: w.tenants[0] }, assigned_object_id: w.interfaces[0], family: { value: 4 } });
    expect(res.body[1]).toMatchObject({ family: { value: 6 }, vrf: { id: w.vrfs[0] }, status: { value: 'slaac' } });
    const ids = res.body.map((o: any) => o.id);
    expect(ids).toEqual([...ids].sort((a: number, b: number) => a - b));
    expect(await count()).toBe(before + 7);
    const changes = await t.api.get(`/api/core/object-changes/?changed_object_type=ipam.ipaddress&limit=100`);
    const mine = changes.body.results.filter((ch: any) => ids.includes(ch.changed_object_id));
    expect(mine).toHaveLength(7);
    expect(mine.every((ch: any) => ch.action.value === 'create' && ch.postchange_data?.address)).toBe(true);
    expect(mine.find((ch: any) => ch.changed_object_id === ids[0]).message).toBe('first');
  });

  it('reports every error per item in request order and creates nothing', async () => {
    const before = await count();
    const res = await t.api.post(IP_ADDRESSES, [
      { address: '10.53.0.1/24' },
      { address: '10.50.0.1/16' }, // stored 10.50.0.1/24
      { address: '10.53.0.1/32' }, // the batch's first address
      { address: '0.0.0.0/0' },
      { address: '10.53.0.2/24', dns_name: 'bad name' },
      { address: '10.53.0.0/24', ...onInterface(w.interfaces[0]!) },
      { address: '10.53.0.255/24', ...onInterface(w.interfaces[0]!) },
      { address: '10.60.0.15/24' },
      { address: '10.53.0.3/24', status: 'slaac' },
      { address: '10.53.0.4/24', assigned_object_type: 'dcim.interface', assigned_object_id: 999999 },
      { address: '10.53.0.5/24', assigned_object_type: 'dcim.interface' },
      { address: '10.53.0.6/24', assigned_object_type: 'dcim.site', assigned_object_id: w.sites[0] },
      { address: 'not-an-ip' },
      { address: '10.53.0.7/24', vrf: 999999 },
      { address: '10.53.0.8/24' },
    ]);
    expect(res.status).toBe(400);
    expect(res.body).toHaveLength(15);
    expect(res.body[0]).toEqual({});
    expect(res.body[1]).toEqual({ address: ['Duplicate IP address found in global table: 10.50.0.1/24'] });
    expect(res.body[2]).toEqual({ address: ['Duplicate IP address found in global table: 10.53.0.1/24'] });
    expect(res.body[3]).toEqual({ address: ['Cannot create IP address with /0 mask.'] });
    expect(Object.keys(res.body[4])).toEqual(['dns_name']);
    expect(res.body[5]).toEqual({ non_field_errors: ['10.53.0.0 is a network ID, which may not be assigned to an interface.'] });
    expect(res.body[6]).toEqual({ non_field_errors: ['10.53.0.255 is a broadcast address, which may not be assigned to an interface.'] });
    expect(res.body[7]).toEqual({ address: ['Cannot create IP address 10.60.0.15/24 inside range 10.60.0.10-20/24.'] });
    expect(res.body[8]).toEqual({ status: ['Only IPv6 addresses can be assigned SLAAC status'] });
    expect(res.body[9]).toEqual({ assigned_object_id: ['Related object not found using the provided numeric ID: 999999'] });
    expect(res.body[10]).toEqual({ assigned_object_id: ['Both an object type and an object ID must be given, or neither.'] });
    expect(Object.keys(res.body[11])).toEqual(['assigned_object_type']);
    expect(Object.keys(res.body[12])).toEqual(['address']);
    expect(Object.keys(res.body[13])).toEqual(['vrf']);
    expect(res.body[14]).toEqual({});
    expect(await count()).toBe(before);
  });

  it('names the shortest-mask copy first, stored or earlier in the batch, as Postgres orders inet', async () => {
    await make(t.api, IP_ADDRESSES, { address: '10.54.0.1/24' });
    const res = await t.api.post(IP_ADDRESSES, [
      { address: '10.54.1.1/16' },
      { address: '10.54.1.1/24' },
      { address: '10.54.0.1/8', role: 'vip' },
      { address: '10.54.0.1/8', vrf: w.vrfs[0] },
      { address: '10.54.0.1/16', vrf: w.vrfs[0] },
    ]);
    expect(res.body).toEqual([
      {},
      { address: ['Duplicate IP address found in global table: 10.54.1.1/16'] },
      { address: ['Duplicate IP address found in global table: 10.54.0.1/24'] },
      {},
      { address: ['Duplicate IP address found in VRF VRF 1 (65000:1): 10.54.0.1/8'] },
    ]);
  });

  it('lets only one of two concurrent overlapping bulk creates through (the space lock)', async () => {
    const batch = (n: number) => Array.from({ length: 50 }, (_, i) => ({ address: `10.55.${n}.${i + 1}/24` })).concat([{ address: '10.55.9.9/24' }]);
    const before = await count();
    const results = await Promise.all([t.api.post(IP_ADDRESSES, batch(1)), t.api.post(IP_ADDRESSES, batch(2))]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
    const refused = results.find((r) => r.status === 400)!;
    expect(refused.body[50]).toEqual({ address: ['Duplicate IP address found in global table: 10.55.9.9/24'] });
    expect(await count()).toBe(before + 51);
  });

  it('runs pre_save and post_save per object (a copy before, the stored row after), their errors per item', async () => {
    const signals = t.patchbay.container.cradle.signals;
    const seen: { signal: string; address: unknown; id: unknown }[] = [];
    const offs = [
      signals.on('pre_save', ({ row }) => {
        seen.push({ signal: 'pre', address: row.address, id: row.id });
        row.description = 'changed by a listener'; // a copy: not stored, as on the per-item path
        if (row.dns_name === 'veto-pre') throw new ValidationError({ dns_name: ['vetoed before'] });
      }, { model: 'ipam.ipaddress' }),
      signals.on('post_save', ({ row }) => {
        seen.push({ signal: 'post', address: row.address, id: row.id });
        if (row.dns_name === 'veto-post') throw ValidationError.nonField('vetoed after');
      }, { model: 'ipam.ipaddress' }),
    ];
    try {
      const ok = await t.api.post(IP_ADDRESSES, [{ address: '10.56.0.1/24' }, { address: '10.56.0.2/24' }]);
      expect(ok.status).toBe(201);
      expect(ok.body.map((o: any) => o.description)).toEqual(['', '']);
      expect(seen.map((x) => x.signal)).toEqual(['pre', 'pre', 'post', 'post']);
      expect(seen.slice(2).map((x) => x.id)).toEqual(ok.body.map((o: any) => o.id));
      seen.length = 0;
      const before = await count();
      const bad = await t.api.post(IP_ADDRESSES, [
        { address: '10.56.1.1/24', dns_name: 'veto-post' },
        { address: '10.56.1.2/24', dns_name: 'veto-pre' },
        { address: '10.56.1.3/24' },
      ]);
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual([{ non_field_errors: ['vetoed after'] }, { dns_name: ['vetoed before'] }, {}]);
      expect(seen.map((x) => `${x.signal} ${x.address}`)).toEqual(['pre 10.56.1.1/24', 'pre 10.56.1.2/24', 'pre 10.56.1.3/24', 'post 10.56.1.1/24', 'post 10.56.1.3/24']);
      expect(await count()).toBe(before);
    } finally {
      for (const off of offs) off();
    }
  });

  it('checks a batch of any size in a fixed number of statements', async () => {
    const body = (n: number, base: number) => Array.from({ length: n }, (_, i) => ({ address: `10.${base}.${Math.floor(i / 250)}.${(i % 250) + 1}/24` }));
    const statements = async (n: number, base: number) => {
      const counter = new QueryCounter(t.knex);
      const res = await t.api.post(IP_ADDRESSES, body(n, base));
      counter.stop();
      expect(res.status).toBe(201);
      return counter.total;
    };
    expect(await statements(600, 70)).toBe(await statements(20, 71));
  });

  it('checks unique fields, unique sets and generic relations for a whole batch, earlier rows included (validateRows)', async () => {
    const { Contact } = await import('@patchbay/plugin-tenancy');
    await make(t.api, '/api/ipam/roles/', { name: 'Role X', slug: 'role-x' });
    const reg = t.patchbay.registry;
    const errors = await validateRows(t.knex, reg, Role, [
      { name: 'Role X', slug: 'new-1' },
      { name: 'New', slug: 'new-2' },
      { name: 'New', slug: 'new-2' },
      { name: 'Other', slug: '' },
    ]);
    expect(errors).toEqual([
      { name: ['role with this name already exists.'] },
      undefined,
      { name: ['role with this name already exists.'], slug: ['role with this slug already exists.'] },
      undefined,
    ]);
    const generic = await validateRows(t.knex, reg, IPAddress, [
      { address: '10.1.0.1/24', assigned_object_type: 'dcim.interface', assigned_object_id: w.interfaces[0] },
      { address: '10.1.0.2/24', assigned_object_type: 'dcim.interface', assigned_object_id: 999999 },
      { address: '10.1.0.3/24', assigned_object_id: 5 },
    ]);
    expect(generic).toEqual([
      undefined,
      { assigned_object_id: ['Related object not found using the provided numeric ID: 999999'] },
      { assigned_object_type: ['Both an object type and an object ID must be given, or neither.'] },
    ]);
    const group = (await make(t.api, '/api/tenancy/contact-groups/', { name: 'G', slug: 'g' })).id;
    await make(t.api, '/api/tenancy/contacts/', { name: 'Ann', group });
    expect(await validateRows(t.knex, reg, Contact, [
      { name: 'Ann', group_id: group },
      { name: 'Bob', group_id: group },
      { name: 'Bob', group_id: group },
      { name: 'Bob', group_id: null },
    ])).toEqual([
      { non_field_errors: ['The fields group, name must make a unique set.'] },
      undefined,
      { non_field_errors: ['The fields group, name must make a unique set.'] },
      undefined,
    ]);
  });
});
