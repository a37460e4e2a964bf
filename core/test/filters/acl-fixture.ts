/**
 * The data every filter test reads: four access lists and five rules chosen so each lookup
 * selects a distinct, known subset (mixed case, LIKE metacharacters, NULL prefixes and ports,
 * IPv4 and IPv6, fixed creation times). `ask` answers a query as the sorted names it matched.
 */
import { expect } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { LISTS, RULES, mustCreate } from '../api/acl-world.js';

export interface AclFixture {
  lists: Record<'edge' | 'core' | 'beta' | 'gamma', number>;
  rules: Record<'r1' | 'r2' | 'r3' | 'r4' | 'r5', number>;
  groupId: number;
}

export async function seedAclFixture(t: TestApp): Promise<AclFixture> {
  const [group] = await t.knex('users_group').insert({ name: 'filters-group' }).returning('id');
  const groupId = Number(group.id);
  const edge = await mustCreate(t, LISTS, { name: 'Alpha-Edge', type: 'extended', default_action: 'deny', description: 'edge 50% off_x', assigned_object_type: 'users.group', assigned_object_id: groupId });
  const core = await mustCreate(t, LISTS, { name: 'alpha-core', type: 'standard', default_action: 'permit' });
  const beta = await mustCreate(t, LISTS, { name: 'Beta', type: 'extended', default_action: 'permit', description: 'Beta\\path' });
  const gamma = await mustCreate(t, LISTS, { name: 'gamma_1', type: 'standard', default_action: 'deny', description: 'under_score' });
  const r1 = await mustCreate(t, RULES, { access_list: edge.id, index: 10, action: 'permit', protocol: 'tcp', source_prefix: '10.0.0.0/8', destination_prefix: '192.168.1.0/24', destination_ports: [22, 443] });
  const r2 = await mustCreate(t, RULES, { access_list: edge.id, index: 20, action: 'deny', protocol: 'udp', source_prefix: '10.1.0.0/16', source_ports: [53] });
  const r3 = await mustCreate(t, RULES, { access_list: edge.id, index: 30, action: 'remark', remark: 'Allow web' });
  const r4 = await mustCreate(t, RULES, { access_list: beta.id, index: 10, action: 'permit', protocol: 'icmp', source_prefix: '2001:db8::/32', destination_prefix: '10.1.2.0/24', description: 'v6' });
  const r5 = await mustCreate(t, RULES, { access_list: core.id, index: 5, action: 'permit', source_prefix: '172.16.0.0/12' });
  // Fixed creation times make the date lookups exact (µs precision, as Postgres stores them).
  await t.knex('netbox_acls_accesslist').update({ created: '2020-06-15T12:00:00.250000Z' }).where('id', gamma.id);
  await t.knex('netbox_acls_accesslist').update({ created: '2021-01-01T00:00:00Z' }).where('id', beta.id);
  return {
    lists: { edge: edge.id, core: core.id, beta: beta.id, gamma: gamma.id },
    rules: { r1: r1.id, r2: r2.id, r3: r3.id, r4: r4.id, r5: r5.id },
    groupId,
  };
}

/** Asserts that a list URL answers 200 with exactly the named fixtures (sorted). */
export async function expectNames(t: TestApp, fx: AclFixture, url: string, expected: string[]): Promise<void> {
  const res = await ask(t, fx, url);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.names).toEqual(expected);
}

/** Asserts that `<list>?<param>=…` answers 400 with one message under the parameter's name. */
export async function expectRejected(t: TestApp, list: string, query: string, message: string): Promise<void> {
  const res = await t.api.get(`${list}?${query}`);
  expect(res.status).toBe(400);
  expect(res.body).toEqual({ [query.split('=')[0]!]: [message] });
}

/** GETs a list URL and returns its status and the sorted names (lists) or `r<n>` keys (rules) it matched. */
export async function ask(t: TestApp, fx: AclFixture, url: string): Promise<{ status: number; body: any; names: string[] }> {
  const res = await t.api.get(url);
  if (res.status !== 200) return { status: res.status, body: res.body, names: [] };
  const byId = new Map<number, string>(
    url.startsWith(RULES)
      ? Object.entries(fx.rules).map(([k, id]) => [id, k])
      : Object.entries(fx.lists).map(([k, id]) => [id, k]),
  );
  const names = (res.body.results as { id: number }[]).map((r) => byId.get(r.id) ?? `#${r.id}`).sort();
  return { status: res.status, body: res.body, names };
}
