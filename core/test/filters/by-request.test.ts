/** NetBox's `created_by_request`, `updated_by_request` and `modified_by_request` filters, found through the change log. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { LISTS } from '../api/acl-world.js';

eachDatabase((database) => {
  describe('*_by_request filters', () => {
    let t: TestApp;
    let bulkRequest: string;
    let updateRequest: string;
    const names = async (query: string) => {
      const res = await t.api.get(`${LISTS}?${query}&ordering=name`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.results.map((r: { name: string }) => r.name);
    };

    beforeAll(async () => {
      t = await createTestApp({ plugins: [aclPlugin], database });
      const bulk = await t.api.post(LISTS, [{ name: 'a', type: 'standard' }, { name: 'b', type: 'standard' }]);
      expect(bulk.status).toBe(201);
      bulkRequest = bulk.headers.get('x-request-id')!;
      const other = await t.api.post(LISTS, { name: 'c', type: 'extended' });
      expect(other.status).toBe(201);
      const update = await t.api.patch(`${LISTS}${bulk.body[0].id}/`, { description: 'changed' });
      expect(update.status).toBe(200);
      updateRequest = update.headers.get('x-request-id')!;
    });
    afterAll(async () => t?.close());

    it('finds what a request created, updated, or either', async () => {
      expect(await names(`created_by_request=${bulkRequest}`)).toEqual(['a', 'b']);
      expect(await names(`updated_by_request=${bulkRequest}`)).toEqual([]);
      expect(await names(`updated_by_request=${updateRequest}`)).toEqual(['a']);
      expect(await names(`modified_by_request=${updateRequest}`)).toEqual(['a']);
      expect(await names(`modified_by_request=${bulkRequest}`)).toEqual(['a', 'b']);
    });

    it('refuses a value that is not a UUID', async () => {
      const res = await t.api.get(`${LISTS}?created_by_request=nope`);
      expect(res.status).toBe(400);
      expect(res.body).toHaveProperty('created_by_request');
    });
  });
});
