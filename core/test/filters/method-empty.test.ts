/**
 * A method filter's `__empty` lookup receives a boolean whatever the filter's value kind, so a
 * counter (`interface_count__empty=true`) can answer NetBox's `empty` as "is zero".
 */
import knex from 'knex';
import { describe, expect, it } from 'vitest';
import { defineFilterSet, method, ValidationError } from '../../src/index.js';
import { applyFilters } from '../../src/filters/apply-filters.js';
import { User } from '../../src/apps/users/models.js';
import type { Registry } from '../../src/registry/registry.js';

const db = knex({ client: 'pg' });
const registry = { filterProviders: new Map() } as unknown as Registry;

function run(query: string) {
  const seen: { values: unknown[]; lookup: string }[] = [];
  const fs = defineFilterSet(User, {
    fields: { widget_count: method('number', (_qb, values, lookup) => void seen.push({ values, lookup }), ['n', 'gt', 'empty']) },
  });
  const qb = db('users_user as t');
  return applyFilters(qb, fs, new URLSearchParams(query), { strict: true, alias: 't', db, registry }).then(() => seen);
}

describe('method filters and the empty lookup', () => {
  it.each([
    ['widget_count__empty=true', true],
    ['widget_count__empty=1', true],
    ['widget_count__empty=False', false],
    ['widget_count__empty=no', false],
  ])('%s parses a boolean', async (query, expected) => {
    expect(await run(query)).toEqual([{ values: [expected], lookup: 'empty' }]);
  });

  it('other lookups still parse the value kind', async () => {
    expect(await run('widget_count__gt=3')).toEqual([{ values: [3], lookup: 'gt' }]);
  });

  it('a malformed empty value is a 400 naming the parameter', async () => {
    const err = await run('widget_count__empty=maybe').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).errors).toEqual({ 'widget_count__empty': ['Select a valid choice. That choice is not one of the available choices.'] });
  });
});
