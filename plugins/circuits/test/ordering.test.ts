/**
 * NetBox's circuit orderings follow relations by name: circuits by provider name, account (its
 * provider's name, then account) and cid; virtual circuits by provider network (provider name,
 * network name); terminations by their circuit's order, then side. Objects below are created
 * against name order, so ordering by ids would give a different answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { ACCOUNTS, CIRCUITS, NETWORKS, PROVIDERS, TERMINATIONS, VIRTUAL_CIRCUITS, circuitsApp, make, world, type World } from './fixtures.js';

eachDatabase((database) => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp({ ...circuitsApp, database });
    w = await world(t);
    // A provider named first but created last, an account sorting before ACC-1001, a network before "Zayo WAN".
    const aardvark = (await make(t.api, PROVIDERS, { name: 'Aardvark', slug: 'aardvark' })).id;
    const acc0500 = (await make(t.api, ACCOUNTS, { provider: w.providers[1], account: 'ACC-0500' })).id;
    const alphaNet = (await make(t.api, NETWORKS, { provider: w.providers[2], name: 'Alpha net' })).id;
    const cid900 = (await make(t.api, CIRCUITS, { cid: 'CID-900', provider: aardvark, type: w.circuitTypes[1] })).id;
    await make(t.api, CIRCUITS, { cid: 'CID-150', provider: w.providers[1], provider_account: acc0500, type: w.circuitTypes[1] });
    await make(t.api, TERMINATIONS, { circuit: cid900, term_side: 'A', termination_type: 'dcim.site', termination_id: w.sites[2] });
    await make(t.api, VIRTUAL_CIRCUITS, { cid: 'VC-4', provider_network: alphaNet, type: w.vcTypes[1] });
  });
  afterAll(async () => t?.close());

  const list = async (url: string, query = '') => (await t.api.get(`${url}?limit=0${query ? `&${query}` : ''}`)).body.results as any[];

  describe('related orderings of circuits', () => {
    it('lists circuits by provider name, account, cid (no account last)', async () => {
      expect((await list(CIRCUITS)).map((c) => c.cid)).toEqual(['CID-900', 'CID-150', 'CID-100', 'CID-200', 'CID-300']);
    });

    it('?ordering=provider and -provider order by the provider’s name', async () => {
      expect((await list(CIRCUITS, 'ordering=provider,cid')).map((c) => c.cid)).toEqual(['CID-900', 'CID-100', 'CID-150', 'CID-200', 'CID-300']);
      expect((await list(CIRCUITS, 'ordering=-provider,cid')).map((c) => c.cid)).toEqual(['CID-300', 'CID-100', 'CID-150', 'CID-200', 'CID-900']);
    });

    it('lists provider accounts by provider name, then account', async () => {
      expect((await list(ACCOUNTS)).map((a) => a.account)).toEqual(['ACC-0', 'ACC-0500', 'ACC-1001', 'ACC-2001']);
    });

    it('lists provider networks by provider name, then name', async () => {
      expect((await list(NETWORKS)).map((n) => n.name)).toEqual(['MPLS Core', 'Spare net', 'Alpha net', 'Zayo WAN']);
    });

    it('lists virtual circuits by provider network (provider name, network name), account, cid', async () => {
      expect((await list(VIRTUAL_CIRCUITS)).map((c) => c.cid)).toEqual(['VC-1', 'VC-2', 'VC-4', 'VC-3']);
    });

    it('lists circuit terminations in their circuits’ order, then side', async () => {
      const rows = await list(TERMINATIONS);
      expect(rows.map((r) => `${r.circuit.cid}:${r.term_side}`)).toEqual(['CID-900:A', 'CID-100:A', 'CID-100:Z', 'CID-200:A', 'CID-300:A', 'CID-300:Z']);
    });
  });
});
