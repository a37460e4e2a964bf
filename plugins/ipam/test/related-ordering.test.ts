/**
 * NetBox's IPAM orderings: prefixes and IP ranges with the global table first (`F('vrf')
 * .asc(nulls_first=True)`: by the VRF's key, NULL first), then the prefix / start address;
 * `?ordering=vrf` follows the VRF's own ordering (name); VLANs by site name, group name, VID.
 * VRFs, sites and groups are created against name order, so ordering by ids would differ.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { IP_RANGES, PREFIXES, SITES, VLANS, VRFS, ipamApp, make } from './fixtures.js';

const VLAN_GROUPS = '/api/ipam/vlan-groups/';

eachDatabase((database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ ...ipamApp, database });
    const api = t.api;
    const vrfB = (await make(api, VRFS, { name: 'VRF B' })).id;
    const vrfA = (await make(api, VRFS, { name: 'VRF A' })).id;
    for (const [prefix, vrf] of [['10.0.0.0/8', vrfB], ['10.0.0.0/8', vrfA], ['192.168.0.0/16', null], ['10.1.0.0/16', null], ['172.16.0.0/12', vrfA]] as const)
      await make(api, PREFIXES, { prefix, vrf });
    for (const [start, end, vrf] of [['10.0.0.10/24', '10.0.0.20/24', vrfA], ['10.0.0.10/24', '10.0.0.20/24', null], ['10.0.0.1/24', '10.0.0.5/24', vrfB]] as const)
      await make(api, IP_RANGES, { start_address: start, end_address: end, vrf });
    const siteB = (await make(api, SITES, { name: 'Site B', slug: 'site-b' })).id;
    const siteA = (await make(api, SITES, { name: 'Site A', slug: 'site-a' })).id;
    const groupZ = (await make(api, VLAN_GROUPS, { name: 'Group Z', slug: 'group-z' })).id;
    const groupA = (await make(api, VLAN_GROUPS, { name: 'Group A', slug: 'group-a' })).id;
    for (const [vid, site, group] of [[10, siteB, null], [20, siteA, null], [5, null, groupZ], [6, null, groupA], [1, null, null], [2, siteA, null]] as const)
      await make(api, VLANS, { vid, name: `VLAN ${vid}`, site, group });
  });
  afterAll(async () => t?.close());

  const list = async (url: string, query = '') => (await t.api.get(`${url}?limit=0${query ? `&${query}` : ''}`)).body.results as any[];
  const prefixes = async (query = '') => (await list(PREFIXES, query)).map((p) => `${p.vrf?.name ?? 'global'} ${p.prefix}`);

  describe('related orderings of IPAM objects', () => {
    it('lists prefixes with the global table first, then by VRF key (creation), then prefix', async () => {
      expect(await prefixes()).toEqual(['global 10.1.0.0/16', 'global 192.168.0.0/16', 'VRF B 10.0.0.0/8', 'VRF A 10.0.0.0/8', 'VRF A 172.16.0.0/12']);
    });

    it('?ordering=vrf follows the VRF’s ordering (name), global last; -vrf reverses it', async () => {
      expect(await prefixes('ordering=vrf,prefix')).toEqual(['VRF A 10.0.0.0/8', 'VRF A 172.16.0.0/12', 'VRF B 10.0.0.0/8', 'global 10.1.0.0/16', 'global 192.168.0.0/16']);
      expect(await prefixes('ordering=-vrf,prefix')).toEqual(['global 10.1.0.0/16', 'global 192.168.0.0/16', 'VRF B 10.0.0.0/8', 'VRF A 10.0.0.0/8', 'VRF A 172.16.0.0/12']);
    });

    it('lists IP ranges with the global table first, then by VRF key, then start address', async () => {
      expect((await list(IP_RANGES)).map((r) => `${r.vrf?.name ?? 'global'} ${r.start_address}`)).toEqual(['global 10.0.0.10/24', 'VRF B 10.0.0.1/24', 'VRF A 10.0.0.10/24']);
    });

    it('lists VLANs by site name, group name, VID (no site, then no group, last)', async () => {
      expect((await list(VLANS)).map((v) => v.vid)).toEqual([2, 20, 10, 6, 5, 1]);
    });

    it('?ordering=site and -site on VLANs order by the site’s name', async () => {
      expect((await list(VLANS, 'ordering=-site,vid')).map((v) => v.vid)).toEqual([1, 5, 6, 10, 2, 20]);
      expect((await list(VLANS, 'ordering=group,-vid')).map((v) => v.vid)).toEqual([6, 5, 20, 10, 2, 1]);
    });
  });
});
