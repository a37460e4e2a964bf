/** Access list rule filters: prefix containment lookups, port arrays, quick search, and the list by name or id. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { ACL, RULES, aclApp, make } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let listA: number;
  let listB: number;
  beforeAll(async () => {
    app = await createTestApp({ ...aclApp, database });
    listA = (await make(app.api, ACL, { name: 'acl-a', type: 'extended' })).id;
    listB = (await make(app.api, ACL, { name: 'acl-b', type: 'extended' })).id;
    const rules = [
      { access_list: listA, index: 10, action: 'permit', protocol: 'tcp', source_prefix: '10.0.0.0/8', destination_ports: [22, 443], description: 'ssh and https' },
      { access_list: listA, index: 20, action: 'permit', protocol: 'tcp', source_prefix: '10.1.0.0/16', destination_ports: [443] },
      { access_list: listA, index: 30, action: 'deny', protocol: 'udp', source_prefix: '192.168.0.0/24', source_ports: [53], destination_prefix: '10.0.0.0/8' },
      { access_list: listA, index: 40, action: 'remark', remark: 'legacy block' },
      { access_list: listB, index: 10, action: 'deny', description: 'default deny' },
    ];
    await make(app.api, RULES, rules);
  });
  afterAll(async () => app?.close());

  const count = async (query: string) => {
    const res = await app.api.get(`${RULES}?${query}`);
    expect(res.status, `?${query}: ${JSON.stringify(res.body)}`).toBe(200);
    return res.body.count as number;
  };
  const refused = async (query: string, param: string) => {
    const res = await app.api.get(`${RULES}?${query}`);
    expect(res.status, `?${query}`).toBe(400);
    expect(Object.keys(res.body)).toEqual([param]);
  };

  describe('prefix lookups', () => {
    it('matches exactly, and several values as OR', async () => {
      expect(await count('source_prefix=10.1.0.0/16')).toBe(1);
      expect(await count('source_prefix=10.0.0.0/8&source_prefix=192.168.0.0/24')).toBe(2);
    });
    it('finds prefixes contained in a network (or equal to it)', async () => {
      expect(await count('source_prefix__net_contained_or_equal=10.0.0.0/8')).toBe(2);
      expect(await count('source_prefix__net_contained=10.0.0.0/8')).toBe(1);
    });
    it('finds prefixes that contain a network', async () => {
      expect(await count('source_prefix__net_contains=10.1.2.0/24')).toBe(2);
      expect(await count('source_prefix__net_contains_or_equals=10.1.0.0/16')).toBe(2);
      expect(await count('source_prefix__net_contains=10.1.0.0/16')).toBe(1);
      expect(await count('destination_prefix__net_contains=10.9.9.0/24')).toBe(1);
    });
    it('negates with __n (keeping rules without a prefix, as Django exclude does) and tests emptiness', async () => {
      expect(await count('source_prefix__n=10.0.0.0/8')).toBe(4);
      expect(await count('source_prefix__empty=true')).toBe(2);
      expect(await count('source_prefix__empty=false')).toBe(3);
    });
    it('refuses a malformed prefix naming the parameter', async () => {
      await refused('source_prefix=banana', 'source_prefix');
      await refused('source_prefix__net_contains=10.0.0.300/8', 'source_prefix__net_contains');
    });
  });

  describe('port arrays', () => {
    it('matches rules whose list contains the port; several ports are OR', async () => {
      expect(await count('destination_ports=443')).toBe(2);
      expect(await count('destination_ports=22')).toBe(1);
      expect(await count('destination_ports=22&destination_ports=53')).toBe(1);
      expect(await count('source_ports=53')).toBe(1);
      expect(await count('destination_ports=8080')).toBe(0);
    });
    it('refuses a port that is not a number', async () => {
      await refused('destination_ports=https', 'destination_ports');
    });
  });

  describe('quick search and the access list', () => {
    it('q searches remark and description, case-insensitively', async () => {
      expect(await count('q=legacy')).toBe(1);
      expect(await count('q=SSH')).toBe(1);
      expect(await count('q=deny')).toBe(1);
      expect(await count('q=nothing-like-this')).toBe(0);
    });
    it('filters by access list name and id', async () => {
      expect(await count('access_list=acl-a')).toBe(4);
      expect(await count('access_list=acl-a&access_list=acl-b')).toBe(5);
      expect(await count(`access_list_id=${listB}`)).toBe(1);
      expect(await count(`access_list_id__n=${listA}`)).toBe(1);
      expect(await count(`access_list=acl-b&action=deny`)).toBe(1);
    });
    it('refuses an unknown list name and a malformed id', async () => {
      await refused('access_list=acl-nope', 'access_list');
      await refused('access_list_id=abc', 'access_list_id');
    });
  });
});
