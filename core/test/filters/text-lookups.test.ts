/**
 * Text filters through HTTP (NetBox's MultiValueCharFilter and its generated lookups) on the ACL
 * plugin's access lists: every lookup, LIKE metacharacters taken literally, `q`, empty values.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@patchbay/core/testing';
import { createAclApp, LISTS } from '../api/acl-world.js';
import { ask, expectNames, expectRejected, seedAclFixture, type AclFixture } from './acl-fixture.js';

describe('text filter lookups', () => {
  let t: TestApp;
  let fx: AclFixture;
  beforeAll(async () => {
    t = await createAclApp();
    fx = await seedAclFixture(t);
  });
  afterAll(async () => t?.close());

  // Names: Alpha-Edge (edge), alpha-core (core), Beta (beta), gamma_1 (gamma).
  it.each([
    ['name=Beta', ['beta']],
    ['name=beta', []], // exact is case-sensitive
    ['name__n=Beta', ['core', 'edge', 'gamma']],
    ['name__ic=ALPHA', ['core', 'edge']],
    ['name__nic=alpha', ['beta', 'gamma']],
    ['name__ie=beta', ['beta']],
    ['name__nie=BETA', ['core', 'edge', 'gamma']],
    ['name__isw=alpha-', ['core', 'edge']],
    ['name__nisw=alpha', ['beta', 'gamma']],
    ['name__iew=EDGE', ['edge']],
    ['name__niew=edge', ['beta', 'core', 'gamma']],
    ['name__regex=^[ab]', ['core']], // case-sensitive: only "alpha-core" starts with a lowercase a or b
    ['name__iregex=^[ab]', ['beta', 'core', 'edge']],
    ['name__regex=_[0-9]$', ['gamma']],
    ['description__empty=true', ['core']],
    ['description__empty=false', ['beta', 'edge', 'gamma']],
    ['description__empty=1', ['core']],
  ])('%s', (query, expected) => expectNames(t, fx, `${LISTS}?${query}`, expected));

  it.each([
    // % and _ are literal characters, not LIKE wildcards; so is the backslash.
    ['description__ic=50%25', ['edge']],
    ['description__ic=_', ['edge', 'gamma']],
    ['description__ic=%25', ['edge']],
    ['description__ic=%5C', ['beta']],
    ['description__isw=under_', ['gamma']],
    ['description__iew=%25 off_x', ['edge']],
    ['name__isw=gamma_', ['gamma']],
    ['name__ic=a_e', []], // "_" would match the "-" of Alpha-Edge as a wildcard
    ['q=50%25', ['edge']],
    ['q=_', ['edge', 'gamma']],
  ])('LIKE metacharacters are escaped: %s', (query, expected) => expectNames(t, fx, `${LISTS}?${query}`, expected));

  it.each([
    ['q=edge', ['edge']], // name
    ['q=SCORE', ['gamma']], // description, case-insensitive
    ['q=alpha', ['core', 'edge']],
    ['q=%20', ['beta', 'core', 'edge', 'gamma']], // blank search is no search
    ['q=nothing-matches', []],
  ])('q searches the declared columns: %s', async (query, expected) => {
    const res = await ask(t, fx, `${LISTS}?${query}`);
    expect(res.status).toBe(200);
    expect(res.names).toEqual(expected);
  });

  it('a repeated parameter is OR, different parameters are AND', async () => {
    expect((await ask(t, fx, `${LISTS}?name=Beta&name=gamma_1`)).names).toEqual(['beta', 'gamma']);
    expect((await ask(t, fx, `${LISTS}?name__ic=alpha&name__ic=beta`)).names).toEqual(['beta', 'core', 'edge']);
    expect((await ask(t, fx, `${LISTS}?name__ic=alpha&description__empty=false`)).names).toEqual(['edge']);
    expect((await ask(t, fx, `${LISTS}?name__ic=a&name__nic=alpha&description__ic=score`)).names).toEqual(['gamma']);
  });

  it('empty values are dropped, as NetBox does: a filter left without any is not applied', async () => {
    expect((await ask(t, fx, `${LISTS}?name=`)).names).toEqual(['beta', 'core', 'edge', 'gamma']);
    expect((await ask(t, fx, `${LISTS}?name=&name=Beta`)).names).toEqual(['beta']);
    expect((await ask(t, fx, `${LISTS}?description__empty=`)).names).toHaveLength(4);
  });

  it('a malformed value answers 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['name__regex=(', 'Enter a valid regular expression.'],
      ['name__iregex=*', 'Enter a valid regular expression.'],
      ['description__empty=maybe', 'Select a valid choice. That choice is not one of the available choices.'],
      ['name=a%00b', 'Null characters are not allowed.'],
      ['name__ic=%00', 'Null characters are not allowed.'],
    ];
    for (const [query, message] of cases) {
      const res = await t.api.get(`${LISTS}?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body, query).toEqual({ [query.split('=')[0]!]: [message] });
    }
    expect((await t.api.get(`${LISTS}?q=%00`)).body).toEqual({ q: ['Null characters are not allowed.'] });
  });

  it('lookups a kind does not have are unknown filters', async () => {
    for (const param of ['name__gt', 'name__lte', 'name__net_contains', 'name__', 'name__n__n', 'description__exact'])
      expect((await t.api.get(`${LISTS}?${param}=x`)).body, param).toEqual({ [param]: ['Unknown filter.'] });
  });
});
