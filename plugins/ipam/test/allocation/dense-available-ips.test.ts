/**
 * available-ips over densely used space, which the search walks through the per-block usage
 * summary (256-address blocks per IP space, kept by triggers): the answers equal a brute-force
 * computation for IPv4 and IPv6 prefixes and ranges that start, end and have holes at block
 * boundaries, full blocks are skipped, /31 and /127 inside used blocks, global containers
 * seeing every VRF; and the summary stays equal to a recount after inserts, bulk creates,
 * updates (address, VRF), deletes and duplicates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { IP_ADDRESSES, IP_RANGES, PREFIXES, allocationWorld, ipamApp, make, type AllocationWorld } from './fixtures.js';

/** What the triggers should have produced: the summary recounted from the addresses. */
const RECOUNT = `SELECT coalesce(vrf_id, 0)::bigint AS vrf_key, host(ipam_ipblock(address)) AS block, count(DISTINCT host(address)::inet)::int AS used
  FROM ipam_ipaddress GROUP BY 1, 2 ORDER BY 1, 2`;
const SUMMARY = 'SELECT vrf_key::bigint AS vrf_key, host(block) AS block, used FROM ipam_ipblock_usage ORDER BY 1, 2';

eachDatabase((database) => {
  let app: TestApp;
  let w: AllocationWorld;
  beforeAll(async () => {
    app = await createTestApp({ ...ipamApp, database });
    w = await allocationWorld(app);
  });
  afterAll(async () => app?.close());

  const prefix = (body: Record<string, unknown>) => make(app.api, PREFIXES, body);
  const free = async (path: string, query = '?limit=1000') => {
    const res = await app.api.get(`${path}available-ips/${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return (res.body as { address: string }[]).map((r) => r.address);
  };
  /** Stores addresses in one SQL statement (as a bulk load would), triggers included. */
  const store = async (addresses: string[], vrf: number | null = null) => {
    if (addresses.length) await app.knex.raw(
      `INSERT INTO ipam_ipaddress (address, status, dns_name, vrf_id) SELECT a, 'active', '', ?::bigint FROM unnest(?::inet[]) AS a`,
      [vrf, addresses] as never,
    );
  };
  const expectSummaryExact = async () => {
    const [summary, recount] = await Promise.all([app.knex.raw(SUMMARY), app.knex.raw(RECOUNT)]);
    expect(summary.rows.map((r: any) => ({ ...r, vrf_key: Number(r.vrf_key) })))
      .toEqual(recount.rows.map((r: any) => ({ ...r, vrf_key: Number(r.vrf_key) })));
  };

  /** The 1,024 addresses after `base`: which are used in the pattern below (full blocks, holes at block edges). */
  const used = (i: number) =>
    (i >= 1 && i <= 511) || // block 0 minus its first address, block 1 full
    (i >= 513 && i <= 766 && i % 3 !== 0) || // block 2: holes at both edges and every third address
    (i >= 768 && i <= 1022 && i !== 900); // block 3: one hole, last address free
  const v4 = (i: number) => `10.90.${Math.floor(i / 256)}.${i % 256}`;
  const v6 = (i: number) => `2001:db8:90::${i === 0 ? '' : i.toString(16)}`;

  describe('equals a brute-force search', () => {
    it('in an IPv4 /22 and an IPv6 /118 whose blocks are full, holed and edged', async () => {
      await store(Array.from({ length: 1024 }, (_, i) => i).filter(used).map((i) => `${v4(i)}/22`));
      await store(Array.from({ length: 1024 }, (_, i) => i).filter(used).map((i) => `${v6(i)}/118`));
      const p4 = await prefix({ prefix: '10.90.0.0/22' });
      const p6 = await prefix({ prefix: '2001:db8:90::/118' });
      const all = Array.from({ length: 1024 }, (_, i) => i);
      // IPv4: no network (0) nor broadcast (1023); IPv6: no subnet-router anycast (0).
      expect(await free(`${PREFIXES}${p4.id}/`)).toEqual(all.filter((i) => !used(i) && i !== 0 && i !== 1023).map((i) => `${v4(i)}/22`));
      expect(await free(`${PREFIXES}${p6.id}/`)).toEqual(all.filter((i) => !used(i) && i !== 0).map((i) => `${v6(i)}/118`));
      // The first page only: holes in a partly used block right after two full ones.
      expect(await free(`${PREFIXES}${p4.id}/`, '?limit=3')).toEqual(['10.90.2.0/22', '10.90.2.1/22', '10.90.2.4/22']);
      // Ranges starting and ending inside blocks (a full one included).
      const r4 = await make(app.api, IP_RANGES, { start_address: '10.90.1.200/24', end_address: '10.90.3.140/24' });
      expect(await free(`${IP_RANGES}${r4.id}/`)).toEqual(all.filter((i) => i >= 456 && i <= 908 && !used(i)).map((i) => `${v4(i)}/24`));
      const r6 = await make(app.api, IP_RANGES, { start_address: '2001:db8:90::1ff/64', end_address: '2001:db8:90::3ff/64' });
      expect(await free(`${IP_RANGES}${r6.id}/`)).toEqual(all.filter((i) => i >= 511 && !used(i)).map((i) => `${v6(i)}/64`));
      // A /31 and a /127 inside used blocks: every address of theirs counts, used or not.
      expect(await free(`${PREFIXES}${(await prefix({ prefix: '10.90.2.4/31' })).id}/`)).toEqual(['10.90.2.4/31']);
      expect(await free(`${PREFIXES}${(await prefix({ prefix: '10.90.2.2/31' })).id}/`)).toEqual([]);
      expect(await free(`${PREFIXES}${(await prefix({ prefix: '2001:db8:90::384/127' })).id}/`)).toEqual(['2001:db8:90::384/127']);
      expect(await free(`${PREFIXES}${(await prefix({ prefix: '2001:db8:90::3fe/127' })).id}/`)).toEqual(['2001:db8:90::3ff/127']);
      const full = await prefix({ prefix: '10.90.1.0/24', is_pool: true });
      expect(await free(`${PREFIXES}${full.id}/`)).toEqual([]);
      await expectSummaryExact();
    });

    it('frees and fills addresses as they are deleted, moved between VRFs and re-addressed', async () => {
      const p = await prefix({ prefix: '10.91.0.0/23' });
      await store(Array.from({ length: 510 }, (_, i) => `10.91.${Math.floor((i + 1) / 256)}.${(i + 1) % 256}/23`));
      expect(await free(`${PREFIXES}${p.id}/`)).toEqual([]);
      const at = async (address: string) => (await app.knex('ipam_ipaddress').where('address', address).first('id')).id;
      // Delete one in the middle of a full block, through the API: it is free again.
      expect((await app.api.delete(`${IP_ADDRESSES}${await at('10.91.0.255/23')}/`)).status).toBe(204);
      expect(await free(`${PREFIXES}${p.id}/`)).toEqual(['10.91.0.255/23']);
      // Move another to a VRF: free in the global table.
      expect((await app.api.patch(`${IP_ADDRESSES}${await at('10.91.1.0/23')}/`, { vrf: w.vrfs[0] })).status).toBe(200);
      expect(await free(`${PREFIXES}${p.id}/`)).toEqual(['10.91.0.255/23', '10.91.1.0/23']);
      // A second copy of a host (another mask) does not fill anything, and deleting one copy frees nothing.
      await store(['10.91.1.5/32']);
      await app.knex('ipam_ipaddress').where('address', '10.91.1.5/23').delete();
      expect(await free(`${PREFIXES}${p.id}/`)).toEqual(['10.91.0.255/23', '10.91.1.0/23']);
      // Re-address one: the old host is free, the new one used.
      await app.knex('ipam_ipaddress').where('address', '10.91.1.5/32').update({ address: '10.91.0.255/23' });
      expect(await free(`${PREFIXES}${p.id}/`)).toEqual(['10.91.1.0/23', '10.91.1.5/23']);
      // A bulk create through the API fills them.
      expect((await app.api.post(IP_ADDRESSES, [{ address: '10.91.1.0/23' }, { address: '10.91.1.5/23' }])).status).toBe(201);
      expect(await free(`${PREFIXES}${p.id}/`)).toEqual([]);
      await expectSummaryExact();
    });

    it('counts a host once when concurrent writes add and remove copies of it in a VRF without uniqueness', async () => {
      const loose = (await make(app.api, '/api/ipam/vrfs/', { name: 'Loose', enforce_unique: false })).id;
      const posts = Array.from({ length: 12 }, (_, i) => app.api.post(IP_ADDRESSES, i % 3 === 2
        ? [{ address: `10.93.0.${i}/24`, vrf: loose }, { address: '10.93.0.200/24', vrf: loose }]
        : { address: '10.93.0.200/24', vrf: loose }));
      expect((await Promise.all(posts)).map((r) => r.status)).toEqual(Array(12).fill(201));
      await expectSummaryExact();
      const ids = (await app.knex('ipam_ipaddress').where('vrf_id', loose).where('address', '10.93.0.200/24').select('id')).map((r) => r.id);
      expect(ids).toHaveLength(12);
      const deletes = ids.slice(0, 11).map((id) => app.api.delete(`${IP_ADDRESSES}${id}/`));
      expect((await Promise.all(deletes)).map((r) => r.status)).toEqual(Array(11).fill(204));
      await expectSummaryExact();
      const p = await prefix({ prefix: '10.93.0.192/28', vrf: loose });
      const hosts = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `10.93.0.${from + i}/28`);
      expect(await free(`${PREFIXES}${p.id}/`)).toEqual([...hosts(193, 199), ...hosts(201, 206)]);
      expect((await app.api.delete(`${IP_ADDRESSES}${ids[11]}/`)).status).toBe(204);
      expect(await free(`${PREFIXES}${p.id}/`)).toEqual(hosts(193, 206));
      await expectSummaryExact();
    });

    it('lets a global container see blocks filled in any VRF, and a VRF prefix only its own', async () => {
      const hosts = Array.from({ length: 256 }, (_, i) => `10.92.1.${i}/24`);
      await store(hosts.slice(0, 128), w.vrfs[0]);
      await store(hosts.slice(128), w.vrfs[1]);
      await store(hosts.slice(0, 256), w.vrfs[1]); // duplicates (stored in SQL, as where uniqueness is not enforced)
      await store(hosts.slice(0, 256), w.vrfs[1]);
      const container = await prefix({ prefix: '10.92.0.0/22', status: 'container' });
      const inVrf1 = await prefix({ prefix: '10.92.0.0/22', vrf: w.vrfs[0] });
      const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
      expect(await free(`${PREFIXES}${container.id}/`, '?limit=5')).toEqual(['10.92.0.1/22', '10.92.0.2/22', '10.92.0.3/22', '10.92.0.4/22', '10.92.0.5/22']);
      expect((await free(`${PREFIXES}${container.id}/`)).filter((a) => a.startsWith('10.92.1.'))).toEqual([]);
      expect((await free(`${PREFIXES}${inVrf1.id}/`)).filter((a) => a.startsWith('10.92.1.')))
        .toEqual(range(128, 255).map((i) => `10.92.1.${i}/22`));
      await app.knex('ipam_ipaddress').where('vrf_id', w.vrfs[1]).where('address', '10.92.1.200/24').delete();
      expect((await free(`${PREFIXES}${container.id}/`)).filter((a) => a.startsWith('10.92.1.'))).toEqual(['10.92.1.200/22']);
      await expectSummaryExact();
      // TRUNCATE empties the summary with the table.
      await app.knex.raw('TRUNCATE ipam_ipaddress CASCADE');
      await expectSummaryExact();
      expect((await app.knex.raw(SUMMARY)).rows).toEqual([]);
    });
  });
});
