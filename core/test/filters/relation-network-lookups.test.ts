/**
 * Relation, prefix and port-array filters through HTTP on the ACL plugin's rules: `<rel>_id`,
 * `<rel>` by name, `__n`, `null`; Postgres network operators for prefixes; array containment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { createAclApp, mustCreate, LISTS, RULES } from '../api/acl-world.js';
import { ask, expectNames, expectRejected, seedAclFixture, type AclFixture } from './acl-fixture.js';

describe('relation, network and array filter lookups', () => {
  let t: TestApp;
  let fx: AclFixture;
  beforeAll(async () => {
    t = await createAclApp();
    fx = await seedAclFixture(t);
  });
  afterAll(async () => t?.close());

  // Rules: r1–r3 on Alpha-Edge, r4 on Beta, r5 on alpha-core; gamma_1 has none.
  it('<rel>_id, <rel> (by name), __n, several values and null', async () => {
    const { edge, beta, core, gamma } = fx.lists;
    const q = async (query: string) => (await ask(t, fx, `${RULES}?${query}`)).names;
    expect(await q(`access_list_id=${edge}`)).toEqual(['r1', 'r2', 'r3']);
    expect(await q(`access_list_id=${edge}&access_list_id=${beta}`)).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(await q(`access_list_id__n=${edge}`)).toEqual(['r4', 'r5']);
    expect(await q(`access_list_id__n=${edge}&access_list_id__n=${core}`)).toEqual(['r4']);
    expect(await q(`access_list_id=${gamma}`)).toEqual([]);
    expect(await q('access_list=Alpha-Edge')).toEqual(['r1', 'r2', 'r3']);
    expect(await q('access_list=Alpha-Edge&access_list=Beta')).toEqual(['r1', 'r2', 'r3', 'r4']);
    expect(await q('access_list__n=Alpha-Edge')).toEqual(['r4', 'r5']);
    expect(await q(`access_list_id=${edge}&access_list=Beta`)).toEqual([]); // AND
    // null: objects without one (none here, the key is required), alone or OR'ed with ids.
    expect(await q('access_list_id=null')).toEqual([]);
    expect(await q(`access_list_id=null&access_list_id=${beta}`)).toEqual(['r4']);
    expect(await q('access_list_id__n=null')).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('a name shared by several objects matches all of them', async () => {
    const [g] = await t.knex('users_group').insert({ name: 'twin-group' }).returning('id');
    const twin = await mustCreate(t, LISTS, { name: 'Beta', type: 'extended', assigned_object_type: 'users.group', assigned_object_id: g.id });
    try {
      const r = await mustCreate(t, RULES, { access_list: twin.id, index: 1, action: 'deny' });
      const res = await ask(t, fx, `${RULES}?access_list=Beta`);
      expect(res.names).toEqual(['#' + r.id, 'r4'].sort());
      expect((await t.api.delete(`${RULES}${r.id}/`)).status).toBe(204);
    } finally {
      expect((await t.api.delete(`${LISTS}${twin.id}/`)).status).toBe(204);
    }
  });

  it.each([
    ['access_list_id=abc', 'Enter a whole number.'],
    ['access_list_id=-1', 'Ensure this value is greater than or equal to 0.'],
    ['access_list_id=99999999999999999999', 'Ensure this value is less than or equal to 9223372036854775807.'],
    ['access_list_id=999999', 'Select a valid choice. 999999 is not one of the available choices.'],
    ['access_list_id__n=999999', 'Select a valid choice. 999999 is not one of the available choices.'],
    ['access_list=No Such List', 'Select a valid choice. No Such List is not one of the available choices.'],
    ['access_list=alpha-edge', 'Select a valid choice. alpha-edge is not one of the available choices.'], // names match exactly
  ])('an unknown or malformed related object answers 400 naming it: %s', (query, message) => expectRejected(t, RULES, query, message));

  it('relations only take __n', async () => {
    for (const param of ['access_list_id__gt', 'access_list__ic', 'access_list_id__empty'])
      expect((await t.api.get(`${RULES}?${param}=1`)).body).toEqual({ [param]: ['Unknown filter.'] });
  });

  // Sources: r1 10.0.0.0/8, r2 10.1.0.0/16, r3 none, r4 2001:db8::/32, r5 172.16.0.0/12.
  it.each([
    ['source_prefix=10.0.0.0/8', ['r1']],
    ['source_prefix=10.0.0.1/8', ['r1']], // host bits name their network, as NetBox's netaddr does
    ['source_prefix=10.0.0.0/8&source_prefix=172.16.0.0/12', ['r1', 'r5']],
    ['source_prefix__n=10.0.0.0/8', ['r2', 'r3', 'r4', 'r5']], // NULL rows stay, as Django's exclude()
    ['source_prefix__net_contained=10.0.0.0/8', ['r2']],
    ['source_prefix__net_contained_or_equal=10.0.0.0/8', ['r1', 'r2']],
    ['source_prefix__net_contains=10.1.2.3', ['r1', 'r2']],
    ['source_prefix__net_contains=10.1.0.0/16', ['r1']],
    ['source_prefix__net_contains_or_equals=10.1.0.0/16', ['r1', 'r2']],
    ['source_prefix__net_contained_or_equal=2001:db8::/16', ['r4']],
    ['source_prefix__net_contains=2001:db8:1::1', ['r4']],
    ['source_prefix__empty=true', ['r3']],
    ['source_prefix__empty=false', ['r1', 'r2', 'r4', 'r5']],
    ['destination_prefix__net_contained_or_equal=10.0.0.0/8', ['r4']],
    ['destination_prefix__net_contained=192.168.0.0/16&source_prefix=10.0.0.0/8', ['r1']],
  ])('prefix: %s', (query, expected) => expectNames(t, fx, `${RULES}?${query}`, expected));

  it.each(['source_prefix=garbage', 'source_prefix=10.0.0.0/33', 'source_prefix=10/8', 'source_prefix=167772160/8', 'source_prefix=fe80::1%25eth0/64', 'source_prefix__net_contains=300.1.1.1'])(
    'a malformed prefix answers 400 naming it: %s',
    (query) => expectRejected(t, RULES, query, 'Enter a valid IPv4 or IPv6 prefix.'),
  );

  // Ports: r1 destination [22, 443], r2 source [53], the others none.
  it.each([
    ['destination_ports=22', ['r1']],
    ['destination_ports=443', ['r1']],
    ['destination_ports=22&destination_ports=53', ['r1']],
    ['source_ports=53', ['r2']],
    ['source_ports=53&destination_ports=22', []], // AND
    ['source_ports__n=53', ['r1', 'r3', 'r4', 'r5']],
    ['destination_ports=8080', []],
  ])('int_array: %s', (query, expected) => expectNames(t, fx, `${RULES}?${query}`, expected));

  it('a malformed port answers 400 naming it', async () => {
    expect((await t.api.get(`${RULES}?source_ports=abc`)).body).toEqual({ source_ports: ['Enter a whole number.'] });
    expect((await t.api.get(`${RULES}?source_ports=99999999999`)).body).toEqual({ source_ports: ['Ensure this value is less than or equal to 2147483647.'] });
    expect((await t.api.get(`${RULES}?source_ports__gt=1`)).body).toEqual({ source_ports__gt: ['Unknown filter.'] });
  });

  it('q on rules searches remark and description', async () => {
    expect((await ask(t, fx, `${RULES}?q=WEB`)).names).toEqual(['r3']);
    expect((await ask(t, fx, `${RULES}?q=v6`)).names).toEqual(['r4']);
  });
});
