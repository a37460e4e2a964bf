/**
 * Number, date-time, id and choice filters through HTTP on the ACL plugin: NetBox's numeric
 * lookups (n, gt, gte, lt, lte, empty) with IntegerField semantics, `created` on fixed times,
 * choice values checked against the choice set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { createAclApp, LISTS, RULES } from '../api/acl-world.js';
import { ask, expectNames, expectRejected, seedAclFixture, type AclFixture } from './acl-fixture.js';

describe('number, date and choice filter lookups', () => {
  let t: TestApp;
  let fx: AclFixture;
  beforeAll(async () => {
    t = await createAclApp();
    fx = await seedAclFixture(t);
  });
  afterAll(async () => t?.close());

  // Rule indexes: r1 10, r2 20, r3 30, r4 10, r5 5.
  it.each([
    ['index=10', ['r1', 'r4']],
    ['index=10&index=30', ['r1', 'r3', 'r4']],
    ['index__n=10', ['r2', 'r3', 'r5']],
    ['index__gt=10', ['r2', 'r3']],
    ['index__gte=10', ['r1', 'r2', 'r3', 'r4']],
    ['index__lt=10', ['r5']],
    ['index__lte=10', ['r1', 'r4', 'r5']],
    ['index__lte=10&index__gte=10', ['r1', 'r4']], // AND across parameters
    ['index__gt=5&index__gt=25', ['r1', 'r2', 'r3', 'r4']], // OR within one
    ['index__empty=false', ['r1', 'r2', 'r3', 'r4', 'r5']],
    ['index__empty=true', []],
    ['index=-3', []],
    // Beyond the int4 column's range: compared as bigint, so simply nothing (or everything) matches.
    ['index=3000000000', []],
    ['index__lt=3000000000', ['r1', 'r2', 'r3', 'r4', 'r5']],
  ])('number: %s', (query, expected) => expectNames(t, fx, `${RULES}?${query}`, expected));

  it('id, id__n, id__gt and several ids', async () => {
    const { edge, beta, gamma } = fx.lists;
    expect((await ask(t, fx, `${LISTS}?id=${edge}&id=${gamma}`)).names).toEqual(['edge', 'gamma']);
    expect((await ask(t, fx, `${LISTS}?id__n=${edge}`)).names).toEqual(['beta', 'core', 'gamma']);
    expect((await ask(t, fx, `${LISTS}?id__gte=${beta}`)).names).toEqual(['beta', 'gamma']);
    expect((await ask(t, fx, `${LISTS}?id=9223372036854775807`)).names).toEqual([]);
  });

  it('a generic id is a number filter too', async () => {
    expect((await ask(t, fx, `${LISTS}?assigned_object_id=${fx.groupId}`)).names).toEqual(['edge']);
    expect((await ask(t, fx, `${LISTS}?assigned_object_id__empty=true`)).names).toEqual(['beta', 'core', 'gamma']);
    expect((await ask(t, fx, `${LISTS}?assigned_object_type=users.group`)).names).toEqual(['edge']);
  });

  it.each([
    ['index=abc', 'Enter a whole number.'],
    ['index=1.5', 'Enter a whole number.'],
    ['index=1e3', 'Enter a whole number.'],
    ['index__gt=99999999999999999999', 'Ensure this value is less than or equal to 9223372036854775807.'],
    ['id=-9223372036854775809', 'Ensure this value is greater than or equal to -9223372036854775808.'],
    ['id=0x10', 'Enter a whole number.'],
    ['index__empty=perhaps', 'Select a valid choice. That choice is not one of the available choices.'],
  ])('a malformed number answers 400 naming it: %s', (query, message) => expectRejected(t, RULES, query, message));

  // Fixed creation times: gamma 2020-06-15T12:00:00.25Z, beta 2021-01-01T00:00:00Z, the others now.
  it.each([
    ['created=2020-06-15T12:00:00.250000Z', ['gamma']],
    ['created__gte=2020-06-15T12:00:00.25Z', ['beta', 'core', 'edge', 'gamma']],
    ['created__gt=2020-06-15T12:00:00.25Z', ['beta', 'core', 'edge']],
    ['created__lt=2020-06-16', ['gamma']],
    ['created__lte=2021-01-01T00:00:00Z', ['beta', 'gamma']],
    ['created__gte=2020-06-15T14:00:00.25%2B02:00', ['beta', 'core', 'edge', 'gamma']], // the same instant in +02:00
    ['created__gt=2020-06-15T14:00:00.25%2B02:00', ['beta', 'core', 'edge']],
    ['created__gte=2999-01-01', []],
    ['created__lt=2020-01-01&created__gt=2022-01-01', []],
    ['created__lt=2020-07-01&created__lt=2021-01-02', ['beta', 'gamma']],
    ['last_updated__gte=2000-01-01', ['beta', 'core', 'edge', 'gamma']],
  ])('date-time: %s', (query, expected) => expectNames(t, fx, `${LISTS}?${query}`, expected));

  it.each(['created=garbage', 'created=1', 'created__gte=2020-13-45', 'created__gte=2021-02-29', 'created__lt=%2B275760-09-13', 'created__gt=2020-01-01T25:00'])(
    'a malformed date-time answers 400 naming it: %s',
    (query) => expectRejected(t, LISTS, query, 'Enter a valid date/time.'),
  );

  // Types: edge/beta extended, core/gamma standard. Actions: edge/gamma deny, core/beta permit.
  it.each([
    ['type=extended', ['beta', 'edge']],
    ['type=extended&type=standard', ['beta', 'core', 'edge', 'gamma']],
    ['type__n=extended', ['core', 'gamma']],
    ['type=standard&default_action=deny', ['gamma']],
    ['type__ic=EXT', ['beta', 'edge']], // choices take the text lookups too (NetBox's char-based map)
    ['type__isw=stan', ['core', 'gamma']],
    ['type__empty=false', ['beta', 'core', 'edge', 'gamma']],
    ['default_action=permit', ['beta', 'core']],
  ])('choice: %s', (query, expected) => expectNames(t, fx, `${LISTS}?${query}`, expected));

  it('a choice outside the choice set answers 400 naming the parameter and the value', async () => {
    expect((await t.api.get(`${LISTS}?type=bogus`)).body).toEqual({ type: ['Select a valid choice. bogus is not one of the available choices.'] });
    expect((await t.api.get(`${LISTS}?type=extended&type=Extended`)).body).toEqual({ type: ['Select a valid choice. Extended is not one of the available choices.'] });
    expect((await t.api.get(`${LISTS}?default_action__n=maybe`)).status).toBe(400);
    expect((await t.api.get(`${RULES}?action=remark&protocol=sctp`)).body).toEqual({ protocol: ['Select a valid choice. sctp is not one of the available choices.'] });
    const rules = await ask(t, fx, `${RULES}?action=remark`);
    expect(rules.names).toEqual(['r3']);
  });
});
