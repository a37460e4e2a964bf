/** The query budget of /api/core/object-changes/: changes by several users of many objects, full and brief. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, expectStatus, type TestApp } from '@patchbay/core/testing';
import { usersContractApp, make } from './users-world.js';
import { expectListBudget, statementsOf } from './list-budget.js';

const CHANGES = '/api/core/object-changes/';
const LISTS = '/api/plugins/acl/access-lists/';
const RULES = '/api/plugins/acl/access-list-rules/';

describe(CHANGES, () => {
  eachDatabase((database) => {
    let app: TestApp;
    let lists: number[];
    beforeEach(async () => {
      app = await createTestApp({ ...usersContractApp, database });
      const { client: editor } = await app.createUser({ permissions: [{ objectTypes: ['acl.accesslist'], actions: ['view', 'add', 'change'] }] });
      const { client: author } = await app.createUser({ permissions: [{ objectTypes: ['acl.accesslist'], actions: ['view', 'add'] }] });
      lists = [];
      for (const name of ['acl-a', 'acl-b']) lists.push((await make(app.api, LISTS, { name, type: 'standard' })).id);
      expectStatus(await app.api.delete(`${LISTS}${lists[1]}/`), 204, 'delete acl-b');
      lists.push((await make(editor, LISTS, { name: 'acl-c', type: 'extended' })).id);
      expectStatus(await editor.patch(`${LISTS}${lists[2]}/`, { description: 'edited' }), 200, 'update acl-c');
      // The newest change (first listed) has a user and an object that still exists.
      for (const name of ['acl-d', 'acl-e']) lists.push((await make(author, LISTS, { name, type: 'extended' })).id);
    });
    afterEach(async () => app?.close());

    it('costs the same for one change as for a thousand, and its baseline', async () => {
      await expectListBudget(app, { path: CHANGES, key: 'core.objectchange', minRows: 7, related: ['user', 'changed_object'] });
    });

    it('loads changed objects with one statement per object type, not per change', async () => {
      const before = await statementsOf(app, `${CHANGES}?limit=1000`);
      await make(app.api, RULES, { access_list: lists[0], index: 10, action: 'permit' });
      await make(app.api, RULES, { access_list: lists[0], index: 20, action: 'deny' });
      const mixed = await statementsOf(app, `${CHANGES}?limit=1000`);
      expect(new Set(mixed.body.results.map((c: { changed_object_type: string }) => c.changed_object_type))).toEqual(new Set(['acl.accesslist', 'acl.accesslistrule']));
      expect(mixed.total, mixed.statements.join('\n')).toBe(before.total + 1);
      // A page of rule changes alone needs no access-list query.
      expect((await statementsOf(app, `${CHANGES}?limit=1`)).total).toBe(before.total);
    });
  });
});
