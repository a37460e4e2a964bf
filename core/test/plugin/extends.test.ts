/** `extends.serializerFields` and `extends.filters`, end to end: a second plugin adds a field and a filter to the ACL model. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import { aclOwnerPlugin } from './acl-owner-plugin.js';

const ACL = '/api/plugins/acl/access-lists/';

eachDatabase((database) => {
  describe('with the extending plugin', () => {
    let app: TestApp;
    let id: number;
    beforeAll(async () => {
      app = await createTestApp({ plugins: [aclOwnerPlugin, aclPlugin], database });
      const res = await app.api.post(ACL, [
        { name: 'a', type: 'extended', owner_team: 'netops' },
        { name: 'b', type: 'extended', owner_team: 'security' },
        { name: 'c', type: 'standard' },
      ]);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      id = res.body[0].id;
    });
    afterAll(async () => app?.close());

    it('writes and shows the field where the extension placed it', async () => {
      const res = await app.api.get(`${ACL}${id}/`);
      expect(res.body.owner_team).toBe('netops');
      const keys = Object.keys(res.body);
      expect(keys.indexOf('owner_team')).toBe(keys.indexOf('default_action') + 1);
      expect((await app.api.get(`${ACL}?name=c`)).body.results[0].owner_team).toBe('');
    });

    it('shows a loaded field computed for the whole page, read-only', async () => {
      const list = await app.api.get(`${ACL}?ordering=name`);
      expect(list.body.results.map((r: { team_size: number }) => r.team_size)).toEqual([1, 1, 0]);
      const keys = Object.keys(list.body.results[0]);
      expect(keys.indexOf('team_size')).toBe(keys.indexOf('owner_team') + 1);
      const written = await app.api.patch(`${ACL}${id}/`, { team_size: 99 });
      expect(written.body.team_size).toBe(1);
      const doc = await app.api.get('/api/schema/?format=json');
      expect(doc.body.components.schemas.AccessList.properties.team_size).toMatchObject({ type: 'integer', readOnly: true });
    });

    it('validates and updates the field like any other', async () => {
      const bad = await app.api.patch(`${ACL}${id}/`, { owner_team: 'x'.repeat(51) });
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual({ owner_team: ['Ensure this field has no more than 50 characters.'] });
      const ok = await app.api.patch(`${ACL}${id}/`, { owner_team: 'netops-2' });
      expect(ok.status).toBe(200);
      expect(ok.body.owner_team).toBe('netops-2');
      const changes = await app.api.get(`/api/core/object-changes/?request_id=${ok.headers.get('x-request-id')}`);
      expect(changes.body.results[0].prechange_data.owner_team).toBe('netops');
      expect(changes.body.results[0].postchange_data.owner_team).toBe('netops-2');
      await app.api.patch(`${ACL}${id}/`, { owner_team: 'netops' });
    });

    it('filters by the added filter with its generated lookups', async () => {
      const count = async (q: string) => (await app.api.get(`${ACL}?${q}`)).body.count;
      expect(await count('owner_team=netops')).toBe(1);
      expect(await count('owner_team=netops&owner_team=security')).toBe(2);
      expect(await count('owner_team__ic=SEC')).toBe(1);
      expect(await count('owner_team__empty=true')).toBe(1);
      expect(await count('owner_team__n=netops')).toBe(2);
    });

    it('describes the field in OPTIONS', async () => {
      const res = await app.api.options(ACL);
      expect(res.body.actions.POST.owner_team).toMatchObject({ type: 'string', max_length: 50, required: false });
    });

    it('records the migration under the extending plugin', async () => {
      const rows = await app.knex('patchbay_migrations').pluck('name');
      expect(rows.indexOf('acl-owner/20260301000000_add_owner_team')).toBeGreaterThan(rows.indexOf('acl/20260101000000_create_acl_tables'));
    });
  });

  describe('without it', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp({ plugins: [aclPlugin], database });
    });
    afterAll(async () => app?.close());

    it('has neither the field nor the filter', async () => {
      const res = await app.api.post(ACL, { name: 'a', type: 'extended', owner_team: 'netops' });
      expect(res.status).toBe(201);
      expect(res.body).not.toHaveProperty('owner_team');
      const filtered = await app.api.get(`${ACL}?owner_team=netops`);
      expect(filtered.status).toBe(400);
      expect(filtered.body).toEqual({ owner_team: ['Unknown filter.'] });
    });
  });
});
