/** The exported filter helpers, spread into another plugin's filter set (tenancyFilters, contactFilters). */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '../src/index.js';
import { leasePlugin } from './leased-plugin.js';
import { ASSIGNMENTS, make, tenancyFixtures, type TenancyFixtures } from './fixtures.js';

const LEASES = '/api/plugins/leasetest/leases/';

eachDatabase(() => {
  let t: TestApp;
  let fx: TenancyFixtures;
  let leases: number[];
  beforeAll(async () => {
    t = await createTestApp({ plugins: [tenancyPlugin, leasePlugin] });
    fx = await tenancyFixtures(t);
    // Lease i belongs to tenant i (groups A, B, C); lease 4 has no tenant.
    leases = [];
    for (const [i, tenant] of [fx.tenants[0], fx.tenants[1], fx.tenants[2], null].entries())
      leases.push((await make(t.api, LEASES, { name: `lease-${i + 1}`, tenant })).id);
    // Contacts on leases: contact 0 (group A) as NOC on lease 1, contact 2 (group C) as Owner on leases 2 and 3.
    await make(t.api, ASSIGNMENTS, { object_type: 'leasetest.lease', object_id: leases[0], contact: fx.contacts[0], role: fx.contactRoles[0] });
    await make(t.api, ASSIGNMENTS, { object_type: 'leasetest.lease', object_id: leases[1], contact: fx.contacts[2], role: fx.contactRoles[2] });
    await make(t.api, ASSIGNMENTS, { object_type: 'leasetest.lease', object_id: leases[2], contact: fx.contacts[2], role: fx.contactRoles[2] });
  });
  afterAll(async () => t.close());

  const found = async (query: string) => {
    const res = await t.api.get(`${LEASES}?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.results.map((o: { name: string }) => o.name).sort();
  };

  it('filters by tenant (slug and id) and tenant group (subtree)', async () => {
    expect(await found('tenant=tenant-1&tenant=tenant-3')).toEqual(['lease-1', 'lease-3']);
    expect(await found(`tenant_id=${fx.tenants[1]}`)).toEqual(['lease-2']);
    expect(await found('tenant_id=null')).toEqual(['lease-4']);
    expect(await found('tenant__n=tenant-1')).toEqual(['lease-2', 'lease-3', 'lease-4']);
    expect(await found('tenant_group=tg-a')).toEqual(['lease-1', 'lease-2', 'lease-3']);
    expect(await found('tenant_group=tg-b')).toEqual(['lease-2', 'lease-3']);
    expect(await found(`tenant_group_id=${fx.tenantGroups[2]}`)).toEqual(['lease-3']);
    expect(await found(`tenant_group_id=${fx.tenantGroups[3]}`)).toEqual([]);
  });

  it('answers 400 for an unknown tenant or tenant group', async () => {
    const res = await t.api.get(`${LEASES}?tenant_group=no-such-group`);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body)).toEqual(['tenant_group']);
    expect((await t.api.get(`${LEASES}?tenant_id=999999`)).status).toBe(400);
  });

  it('filters by contact, contact role and contact group (subtree), scoped to the model', async () => {
    expect(await found(`contact=${fx.contacts[2]}`)).toEqual(['lease-2', 'lease-3']);
    expect(await found(`contact=${fx.contacts[0]}&contact=${fx.contacts[2]}`)).toEqual(['lease-1', 'lease-2', 'lease-3']);
    expect(await found(`contact__n=${fx.contacts[2]}`)).toEqual(['lease-1', 'lease-4']);
    expect(await found(`contact_role=${fx.contactRoles[0]}`)).toEqual(['lease-1']);
    // Contact 1 is assigned only to a tenant in the fixtures, never to a lease.
    expect(await found(`contact=${fx.contacts[1]}`)).toEqual([]);
    expect(await found(`contact_group=${fx.contactGroups[0]}`)).toEqual(['lease-1', 'lease-2', 'lease-3']);
    expect(await found(`contact_group=${fx.contactGroups[2]}`)).toEqual(['lease-2', 'lease-3']);
    expect((await t.api.get(`${LEASES}?contact=abc`)).status).toBe(400);
  });

  it('lets another plugin\'s model with the contacts feature take assignments', async () => {
    const res = await t.api.get(`${ASSIGNMENTS}?object_type=leasetest.lease`);
    expect(res.body.count).toBe(3);
    expect(res.body.results[0].object).toMatchObject({ name: expect.stringMatching(/^lease-/) });
  });
});
