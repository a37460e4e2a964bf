/**
 * Tags on tagged models of three plugins (a tenancy tenant, a dcim site, the example ACL plugin's
 * access lists and rules): written by id, name, slug; rendered as NestedTag; replaced and cleared;
 * the object-type restriction; the tag filters; bulk writes; the change log; the query budget;
 * and the cleanup of tagged items when objects or tags are deleted.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compileErrors, validate } from '@readme/openapi-parser';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import type { DatabaseSnapshot } from '../../../../core/src/testing/snapshot.js';
import { ACLS, GROUPS, RULES, SITES, TAGS, TENANTS, make, tagFixtures, tagsApp, type TagFixtures } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  let fx: TagFixtures;
  let snapshot: DatabaseSnapshot;
  let group: number;
  const slugs = (body: { tags: { slug: string }[] }) => body.tags.map((t) => t.slug);

  beforeAll(async () => {
    app = await createTestApp({ ...tagsApp, database });
    fx = await tagFixtures(app);
    group = (await make(app.api, GROUPS, { name: 'netops' })).id;
    snapshot = await app.snapshot();
  });
  beforeEach(async () => snapshot.restore());
  afterAll(async () => app?.close());

  describe('writing and rendering', () => {
    it('takes tags by id, {name}, {slug} and {id}, and renders NetBox\'s NestedTag sorted by name', async () => {
      const site = await make(app.api, SITES, { name: 'S1', slug: 's1', tags: [{ slug: 'CHARLIE' }, fx.tags[0], { name: 'bravo' }, { id: fx.tags[2] }] });
      expect(slugs(site)).toEqual(['alpha', 'bravo', 'charlie']);
      expect(site.tags[0]).toEqual({
        id: fx.tags[0], url: `${app.baseUrl}/api/extras/tags/${fx.tags[0]}/`, display_url: `${app.baseUrl}/extras/tags/${fx.tags[0]}/`,
        display: 'Alpha', name: 'Alpha', slug: 'alpha', color: 'ff0000',
      });
      const again = await app.api.get(`${SITES}${site.id}/`);
      expect(again.body.tags).toEqual(site.tags);
      const tag = await app.api.get(`${TAGS}${fx.tags[0]}/`);
      expect(tag.body.tagged_items).toBe(1);
    });

    it('replaces the set on PATCH, keeps it when tags are absent, and clears it with []', async () => {
      const site = await make(app.api, SITES, { name: 'S1', slug: 's1', tags: [fx.tags[0], fx.tags[1]] });
      let res = await app.api.patch(`${SITES}${site.id}/`, { tags: [fx.tags[1], fx.tags[2]] });
      expect(res.status).toBe(200);
      expect(slugs(res.body)).toEqual(['bravo', 'charlie']);
      res = await app.api.patch(`${SITES}${site.id}/`, { description: 'kept' });
      expect(slugs(res.body)).toEqual(['bravo', 'charlie']);
      res = await app.api.put(`${SITES}${site.id}/`, { name: 'S1', slug: 's1', status: 'active' });
      expect(slugs(res.body)).toEqual(['bravo', 'charlie']);
      res = await app.api.patch(`${SITES}${site.id}/`, { tags: [] });
      expect(res.body.tags).toEqual([]);
      expect(await app.knex('extras_taggeditem').where({ object_type: 'dcim.site', object_id: site.id })).toEqual([]);
    });

    it('refuses unknown tags and values that are not lists, writing nothing', async () => {
      const cases: [unknown, string][] = [
        [[999999], 'Related object not found using the provided numeric ID: 999999'],
        [[{ name: 'Nope' }], 'Related object not found using the provided attributes: {"name":"Nope"}'],
        [[{ colour: 'x' }], 'Related object not found using the provided attributes: {"colour":"x"}'],
        [['alpha'], 'Related objects must be referenced by numeric ID or by dictionary of attributes. Received an unrecognized value: "alpha"'],
        ['alpha', 'Expected a list of items but got type "str".'],
        [null, 'This field may not be null.'],
      ];
      for (const [tags, message] of cases) {
        const res = await app.api.post(SITES, { name: 'S9', slug: 's9', tags });
        expect(res.status, JSON.stringify(tags)).toBe(400);
        expect(res.body).toEqual({ tags: [message] });
      }
      expect((await app.api.get(`${SITES}?slug=s9`)).body.count).toBe(0);
    });

    it('tags objects of tenancy and of the example third-party plugin', async () => {
      const tenant = await make(app.api, TENANTS, { name: 'T1', slug: 't1', tags: [{ slug: 'bravo' }] });
      expect(slugs(tenant)).toEqual(['bravo']);
      const list = await make(app.api, ACLS, { name: 'acl-1', type: 'extended', assigned_object_type: 'users.group', assigned_object_id: group, tags: [fx.tags[1], fx.tags[2]] });
      expect(slugs(list)).toEqual(['bravo', 'charlie']);
      const rule = await make(app.api, RULES, { access_list: list.id, index: 10, action: 'permit', tags: [{ name: 'Charlie' }] });
      expect(slugs(rule)).toEqual(['charlie']);
      expect(slugs((await app.api.get(`${ACLS}${list.id}/`)).body)).toEqual(['bravo', 'charlie']);
    });

    it('bulk creates and bulk updates objects with tags', async () => {
      const res = await app.api.post(SITES, [
        { name: 'B1', slug: 'b1', tags: [fx.tags[0]] },
        { name: 'B2', slug: 'b2', tags: [{ slug: 'bravo' }, { slug: 'charlie' }] },
        { name: 'B3', slug: 'b3' },
      ]);
      expect(res.status).toBe(201);
      expect(res.body.map(slugs)).toEqual([['alpha'], ['bravo', 'charlie'], []]);
      const upd = await app.api.patch(SITES, res.body.map((s: { id: number }) => ({ id: s.id, tags: [{ slug: 'charlie' }] })));
      expect(upd.status).toBe(200);
      expect(upd.body.map(slugs)).toEqual([['charlie'], ['charlie'], ['charlie']]);
    });
  });

  describe('object-type restriction', () => {
    it('refuses a tag restricted to other types with NetBox\'s message, writing nothing', async () => {
      const res = await app.api.post(TENANTS, { name: 'T1', slug: 't1', tags: [fx.tags[0]] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ detail: 'Tag Alpha cannot be assigned to tenant objects.' });
      expect((await app.api.get(`${TENANTS}?slug=t1`)).body.count).toBe(0);
      const list = await app.api.post(ACLS, { name: 'acl-x', type: 'standard', assigned_object_type: 'users.group', assigned_object_id: group, tags: [{ slug: 'alpha' }] });
      expect(list.body).toEqual({ detail: 'Tag Alpha cannot be assigned to accesslist objects.' });
    });

    it('checks only newly added tags, as NetBox checks m2m additions', async () => {
      const tenant = await make(app.api, TENANTS, { name: 'T1', slug: 't1', tags: [fx.tags[2]] });
      // Restrict charlie to sites after it was applied: keeping it is fine, adding alpha is not.
      expect((await app.api.patch(`${TAGS}${fx.tags[2]}/`, { object_types: ['dcim.site'] })).status).toBe(200);
      expect((await app.api.patch(`${TENANTS}${tenant.id}/`, { tags: [fx.tags[2], fx.tags[1]] })).status).toBe(200);
      const res = await app.api.patch(`${TENANTS}${tenant.id}/`, { tags: [fx.tags[0]] });
      expect(res.status).toBe(400);
      expect(slugs((await app.api.get(`${TENANTS}${tenant.id}/`)).body)).toEqual(['bravo', 'charlie']);
    });

    it('validates object_types as labels of models that take tags', async () => {
      const cases: [unknown, string][] = [
        [['dcim.nothing'], 'Content type dcim.nothing not found'],
        [['users.token'], 'Content type users.token not found'],
        [['site'], "Invalid value. Specify a content type as '<app_label>.<model_name>'."],
      ];
      for (const [object_types, message] of cases) {
        const res = await app.api.post(TAGS, { name: 'X', slug: 'x', object_types });
        expect(res.status).toBe(400);
        expect(res.body).toEqual({ object_types: [message] });
      }
      const clash = await app.api.post(TAGS, [{ name: 'X', slug: 'x' }, { name: 'ALPHA', slug: 'BRAVO' }]);
      expect(clash.status).toBe(400);
      expect(clash.body).toEqual([{}, { name: ['tag with this name already exists.'], slug: ['tag with this slug already exists.'] }]);
      const ok = await make(app.api, TAGS, { name: 'X', slug: 'x', object_types: ['acl.accesslist', 'tenancy.tenant'] });
      expect(ok.object_types).toEqual(['acl.accesslist', 'tenancy.tenant']);
      expect(ok.color).toBe('9e9e9e');
    });

    it('filters tags by the types they may be applied to', async () => {
      const ot: { id: number }[] = await app.knex('core_objecttype').select('id').where({ app_label: 'tenancy', model: 'tenant' });
      const res = await app.api.get(`${TAGS}?for_object_type_id=${ot[0]!.id}`);
      expect(res.body.results.map((t: { slug: string }) => t.slug)).toEqual(['bravo', 'charlie']);
      const restricted = await app.api.get(`${TAGS}?object_types=${ot[0]!.id}`);
      expect(restricted.body.results.map((t: { slug: string }) => t.slug)).toEqual(['bravo']);
    });
  });

  describe('filters', () => {
    async function sites(query: string): Promise<string[]> {
      const res = await app.api.get(`${SITES}?${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.results.map((s: { slug: string }) => s.slug);
    }

    beforeEach(async () => {
      await make(app.api, SITES, [
        { name: 'S1', slug: 's1', tags: [fx.tags[0], fx.tags[1]] },
        { name: 'S2', slug: 's2', tags: [fx.tags[1]] },
        { name: 'S3', slug: 's3', tags: [fx.tags[2]] },
        { name: 'S4', slug: 's4' },
      ]);
    });

    it('tag: every given tag must be present; tag__n: none of them', async () => {
      expect(await sites('tag=bravo')).toEqual(['s1', 's2']);
      expect(await sites('tag=alpha&tag=bravo')).toEqual(['s1']);
      expect(await sites('tag=ALPHA')).toEqual(['s1']);
      expect(await sites('tag=alpha&tag=charlie')).toEqual([]);
      expect(await sites('tag__n=bravo')).toEqual(['s3', 's4']);
      expect(await sites('tag__n=alpha&tag__n=charlie')).toEqual(['s2', 's4']);
      expect(await sites('tag=bravo&tag__n=alpha')).toEqual(['s2']);
    });

    it('tag_id and tag_id__n by tag id', async () => {
      expect(await sites(`tag_id=${fx.tags[1]}`)).toEqual(['s1', 's2']);
      expect(await sites(`tag_id=${fx.tags[0]}&tag_id=${fx.tags[1]}`)).toEqual(['s1']);
      expect(await sites(`tag_id__n=${fx.tags[2]}`)).toEqual(['s1', 's2', 's4']);
    });

    it('refuses unknown tags with 400', async () => {
      let res = await app.api.get(`${SITES}?tag=nope`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ tag: ['Select a valid choice. nope is not one of the available choices.'] });
      res = await app.api.get(`${SITES}?tag_id=999999`);
      expect(res.body).toEqual({ tag_id: ['Select a valid choice. 999999 is not one of the available choices.'] });
      res = await app.api.get(`${SITES}?tag_id=abc`);
      expect(res.status).toBe(400);
    });

    it('filters tenants and the example plugin\'s access lists the same way', async () => {
      await make(app.api, TENANTS, [{ name: 'T1', slug: 't1', tags: [fx.tags[1]] }, { name: 'T2', slug: 't2' }]);
      await make(app.api, ACLS, [
        { name: 'acl-1', type: 'standard', assigned_object_type: 'users.group', assigned_object_id: group, tags: [fx.tags[1], fx.tags[2]] },
        { name: 'acl-2', type: 'standard', assigned_object_type: 'users.group', assigned_object_id: group, tags: [fx.tags[2]] },
      ]);
      expect((await app.api.get(`${TENANTS}?tag=bravo`)).body.results.map((t: { slug: string }) => t.slug)).toEqual(['t1']);
      expect((await app.api.get(`${ACLS}?tag=bravo&tag=charlie`)).body.results.map((a: { name: string }) => a.name)).toEqual(['acl-1']);
      expect((await app.api.get(`${ACLS}?tag__n=bravo`)).body.results.map((a: { name: string }) => a.name)).toEqual(['acl-2']);
      // A tag on a site does not make a tenant with the same id match.
      expect((await app.api.get(`${TENANTS}?tag=alpha`)).body.count).toBe(0);
    });
  });

  describe('change log and queries', () => {
    it('records tag changes in the object\'s prechange and postchange', async () => {
      const site = await make(app.api, SITES, { name: 'S1', slug: 's1', tags: [fx.tags[0]] });
      const res = await app.api.patch(`${SITES}${site.id}/`, { tags: [fx.tags[1]] });
      const change = await app.knex('core_objectchange')
        .where({ changed_object_type: 'dcim.site', changed_object_id: site.id, request_id: res.headers.get('x-request-id') }).first();
      const data = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as { tags: { slug: string }[] };
      expect(slugs(data(change.prechange_data))).toEqual(['alpha']);
      expect(slugs(data(change.postchange_data))).toEqual(['bravo']);
      const created = await app.knex('core_objectchange').where({ changed_object_type: 'dcim.site', changed_object_id: site.id, action: 'create' }).first();
      expect(slugs(data(created.postchange_data))).toEqual(['alpha']);
    });

    it('renders a page of 50 tagged sites with as many queries as a page of 5', async () => {
      const bodies = Array.from({ length: 50 }, (_, i) => ({ name: `Q${i}`, slug: `q${i}`, tags: [fx.tags[0], fx.tags[1], fx.tags[2]] }));
      await make(app.api, SITES, bodies);
      const cost = async (limit: number) => {
        app.queries.reset();
        const res = await app.api.get(`${SITES}?limit=${limit}`);
        expect(res.body.results).toHaveLength(limit);
        expect(res.body.results.every((s: { tags: unknown[] }) => s.tags.length === 3)).toBe(true);
        return app.queries.total;
      };
      expect(await cost(50)).toBe(await cost(5));
    });

    it('documents tags as NestedTag in a valid OpenAPI schema', async () => {
      const res = await app.api.get('/api/schema/');
      // The paths this area serves or changes (other areas' paths are their own tests' subject).
      const doc = structuredClone(res.body);
      doc.paths = Object.fromEntries(Object.entries(doc.paths as Record<string, unknown>)
        .filter(([p]) => /^\/api\/(extras\/(tags|journal-entries|bookmarks)|dcim\/sites|tenancy\/tenants|plugins\/acl\/access-lists)\//.test(p)));
      expect(Object.keys(doc.paths).length).toBeGreaterThanOrEqual(12);
      // dcim's cable components point at a GenericObject component it does not declare (yet).
      doc.components.schemas.GenericObject ??= { type: 'object' };
      const result = await validate(doc as never);
      expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
      const site = res.body.components.schemas.Site;
      expect(Object.keys(site.properties.tags.items.properties)).toEqual(['id', 'url', 'display_url', 'display', 'name', 'slug', 'color']);
    });
  });

  describe('cleanup', () => {
    it('deleting an object deletes its tagged items', async () => {
      const site = await make(app.api, SITES, { name: 'S1', slug: 's1', tags: [fx.tags[0], fx.tags[1]] });
      const other = await make(app.api, TENANTS, { name: 'T1', slug: 't1', tags: [fx.tags[1]] });
      expect((await app.api.delete(`${SITES}${site.id}/`)).status).toBe(204);
      expect(await app.knex('extras_taggeditem').where({ object_type: 'dcim.site' })).toEqual([]);
      expect(await app.knex('extras_taggeditem').where({ object_type: 'tenancy.tenant', object_id: other.id })).toHaveLength(1);
      expect((await app.api.get(`${TAGS}${fx.tags[1]}/`)).body.tagged_items).toBe(1);
    });

    it('objects deleted by a database cascade lose their tagged items too', async () => {
      const list = await make(app.api, ACLS, { name: 'acl-1', type: 'extended', assigned_object_type: 'users.group', assigned_object_id: group, tags: [fx.tags[2]] });
      await make(app.api, RULES, [
        { access_list: list.id, index: 10, action: 'permit', tags: [fx.tags[2]] },
        { access_list: list.id, index: 20, action: 'deny', tags: [{ slug: 'charlie' }] },
      ]);
      expect(await app.knex('extras_taggeditem').select('object_type')).toHaveLength(3);
      expect((await app.api.delete(`${ACLS}${list.id}/`)).status).toBe(204);
      expect(await app.knex('extras_taggeditem').select('*')).toEqual([]);
    });

    it('deleting a tag removes it from every object', async () => {
      const site = await make(app.api, SITES, { name: 'S1', slug: 's1', tags: [fx.tags[1], fx.tags[2]] });
      expect((await app.api.delete(`${TAGS}${fx.tags[1]}/`)).status).toBe(204);
      expect(slugs((await app.api.get(`${SITES}${site.id}/`)).body)).toEqual(['charlie']);
      expect(await app.knex('extras_taggeditem').where({ tag_id: fx.tags[1] })).toEqual([]);
    });
  });
});
