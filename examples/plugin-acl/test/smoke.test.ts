import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '@patchbay/core/testing';
import { aclPlugin } from '../src/index.js';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ plugins: [aclPlugin], config: { pluginsConfig: { acl: { assignable_types: ['users.group'] } } } });
  });
  afterAll(async () => t?.close());

  it('creates and lists', async () => {
    const root = await t.api.get('/api/');
    expect(root.status).toBe(200);
    const created = await t.api.post('/api/plugins/acl/access-lists/', { name: 'acl1', type: 'extended' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const rule = await t.api.post('/api/plugins/acl/access-list-rules/', { access_list: created.body.id, index: 10, action: 'permit', protocol: 'tcp', source_prefix: '10.0.0.0/8', destination_ports: [22, 443] });
    expect(rule.status, JSON.stringify(rule.body)).toBe(201);
    const list = await t.api.get('/api/plugins/acl/access-list-rules/?source_prefix__net_contained_or_equal=10.0.0.0/8');
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    console.log(JSON.stringify(list.body, null, 1));
    const acls = await t.api.get('/api/plugins/acl/access-lists/');
    console.log(JSON.stringify(acls.body, null, 1));
    const changes = await t.api.get('/api/core/object-changes/');
    console.log(JSON.stringify(changes.body.results[0], null, 1).slice(0, 1500));
  });
});
