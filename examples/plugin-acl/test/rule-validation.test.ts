/** The rule model's own checks (access-list-rule.ts clean()) and the unique (access_list, index) pair. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { ACL, RULES, aclApp, make } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let extended: number;
  let standard: number;
  beforeEach(async () => {
    app = await createTestApp({ ...aclApp, database });
    extended = (await make(app.api, ACL, { name: 'ext', type: 'extended' })).id;
    standard = (await make(app.api, ACL, { name: 'std', type: 'standard' })).id;
  });
  afterEach(async () => app?.close());

  const refuse = async (body: Record<string, unknown>, errors: Record<string, string[]>) => {
    const res = await app.api.post(RULES, body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toEqual(errors);
    expect((await app.api.get(RULES)).body.count).toBe(0);
  };

  describe('remark rules', () => {
    it('need remark text', async () => {
      await refuse({ access_list: extended, index: 10, action: 'remark' }, { remark: ['A remark rule needs remark text.'] });
    });
    it('cannot match traffic', async () => {
      await refuse(
        { access_list: extended, index: 10, action: 'remark', remark: 'x', source_prefix: '10.0.0.0/8', destination_ports: [22], protocol: 'tcp' },
        { source_prefix: ['A remark rule cannot match traffic.'], destination_ports: ['A remark rule cannot match traffic.'] },
      );
    });
    it('are the only rules with remark text', async () => {
      await refuse({ access_list: extended, index: 10, action: 'permit', remark: 'why' }, { remark: ['Only remark rules take remark text.'] });
    });
    it('are accepted with text alone', async () => {
      const rule = await make(app.api, RULES, { access_list: extended, index: 10, action: 'remark', remark: 'note' });
      expect(rule.remark).toBe('note');
      expect(rule.protocol).toBeNull();
    });
  });

  describe('ports', () => {
    it('need TCP or UDP', async () => {
      await refuse({ access_list: extended, index: 10, action: 'permit', protocol: 'icmp', destination_ports: [22] }, { destination_ports: ['Ports can only be matched for TCP or UDP.'] });
      await refuse({ access_list: extended, index: 10, action: 'permit', source_ports: [53] }, { source_ports: ['Ports can only be matched for TCP or UDP.'] });
    });
    it('are accepted with UDP, and an empty list needs no protocol', async () => {
      expect((await make(app.api, RULES, { access_list: extended, index: 10, action: 'permit', protocol: 'udp', source_ports: [53] })).source_ports).toEqual([53]);
      expect((await make(app.api, RULES, { access_list: extended, index: 20, action: 'deny', destination_ports: [] })).destination_ports).toEqual([]);
    });
    it('must be within 0–65535', async () => {
      await refuse({ access_list: extended, index: 10, action: 'permit', protocol: 'tcp', destination_ports: [70000] }, { destination_ports: ['Ensure this value is less than or equal to 65535.'] });
    });
    it('cannot be made invalid by a later PATCH of the protocol', async () => {
      const rule = await make(app.api, RULES, { access_list: extended, index: 10, action: 'permit', protocol: 'tcp', destination_ports: [22] });
      const res = await app.api.patch(`${RULES}${rule.id}/`, { protocol: 'icmp' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ destination_ports: ['Ports can only be matched for TCP or UDP.'] });
      expect((await app.api.get(`${RULES}${rule.id}/`)).body.protocol.value).toBe('tcp');
    });
  });

  describe('standard access lists', () => {
    const only = ['Standard access lists match on the source prefix only.'];
    it('match on the source prefix only', async () => {
      await refuse({ access_list: standard, index: 10, action: 'permit', destination_prefix: '10.0.0.0/8' }, { destination_prefix: only });
      await refuse({ access_list: standard, index: 10, action: 'permit', protocol: 'tcp', source_ports: [22] }, { source_ports: only, protocol: only });
      await refuse({ access_list: standard, index: 10, action: 'permit', protocol: 'icmp' }, { protocol: only });
    });
    it('accept a source prefix', async () => {
      expect((await make(app.api, RULES, { access_list: standard, index: 10, action: 'permit', source_prefix: '10.0.0.0/8' })).source_prefix).toBe('10.0.0.0/8');
    });
  });

  describe('unique index per access list', () => {
    const dup = { non_field_errors: ['An access list rule with this index already exists in this access list.'] };
    it('refuses a second rule with the same index in one list (400), allows it in another', async () => {
      await make(app.api, RULES, { access_list: extended, index: 10, action: 'deny' });
      const res = await app.api.post(RULES, { access_list: extended, index: 10, action: 'permit' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual(dup);
      await make(app.api, RULES, { access_list: standard, index: 10, action: 'deny' });
      expect((await app.api.get(RULES)).body.count).toBe(2);
    });
    it('refuses a duplicate within one bulk create, reporting the item', async () => {
      const res = await app.api.post(RULES, [
        { access_list: extended, index: 10, action: 'deny' },
        { access_list: extended, index: 10, action: 'permit' },
      ]);
      expect(res.status).toBe(400);
      expect(res.body).toEqual([{}, dup]);
      expect((await app.api.get(RULES)).body.count).toBe(0);
    });
    it('refuses an update onto a taken index', async () => {
      await make(app.api, RULES, { access_list: extended, index: 10, action: 'deny' });
      const other = await make(app.api, RULES, { access_list: extended, index: 20, action: 'deny' });
      const res = await app.api.patch(`${RULES}${other.id}/`, { index: 10 });
      expect(res.status).toBe(400);
      expect(res.body).toEqual(dup);
    });
    it('refuses a malformed prefix with host bits set', async () => {
      await refuse({ access_list: extended, index: 10, action: 'permit', source_prefix: '10.0.0.1/8' }, { source_prefix: ['10.0.0.1/8 has host bits set; the network is 10.0.0.0/8.'] });
    });
  });
});
