/** What the ACL plugin declares in the registry: endpoints, search indexes, event type, widget, choices. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { ACL, RULES, aclApp, make } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ ...aclApp, database });
  });
  afterAll(async () => app?.close());

  it('mounts its endpoints under /api/plugins/acl/', async () => {
    const root = await app.api.get('/api/plugins/acl/');
    expect(root.body).toEqual({
      'access-list-rules': `${app.baseUrl}${RULES}`,
      'access-lists': `${app.baseUrl}${ACL}`,
    });
    expect((await app.api.get('/api/plugins/')).body.acl).toBe(`${app.baseUrl}/api/plugins/acl/`);
    const installed = (await app.api.get('/api/plugins/installed-plugins/')).body;
    expect(installed).toEqual([expect.objectContaining({ name: 'acl', version: '1.0.0' })]);
  });

  it('declares search indexes for both models with their weights', () => {
    const { searchIndexes } = app.patchbay.registry;
    expect(searchIndexes.require('acl.accesslist').fields).toEqual({ name: 100, description: 500, comments: 5000 });
    expect(searchIndexes.require('acl.accesslistrule').fields).toEqual({ remark: 300, description: 500, source_prefix: 200, destination_prefix: 200 });
    expect(searchIndexes.require('acl.accesslistrule').display).toEqual(['access_list', 'index']);
  });

  it('declares its event type and choice sets', () => {
    const { eventTypes, choices } = app.patchbay.registry;
    expect(eventTypes.require('acl.rules_renumbered')).toMatchObject({ text: 'Access list rules renumbered', kind: 'info', destructive: false });
    expect(choices.keys()).toEqual(expect.arrayContaining(['acl.AccessList.type', 'acl.AccessList.default_action', 'acl.AccessListRule.action', 'acl.AccessListRule.protocol']));
  });

  it('declares a summary widget whose data counts lists by default action and rules', async () => {
    const widget = app.patchbay.registry.widgets.require('acl.AccessListSummary');
    expect(widget).toMatchObject({ title: 'Access lists', width: 4, height: 2, config: { show_rules: true } });
    expect(await widget.data({ db: app.knex, config: { ...widget.config } })).toEqual({ lists: {}, rules: 0 });
    const a = await make(app.api, ACL, { name: 'a', type: 'extended' });
    await make(app.api, ACL, { name: 'b', type: 'extended', default_action: 'permit' });
    await make(app.api, ACL, { name: 'c', type: 'standard' });
    await make(app.api, RULES, [{ access_list: a.id, index: 10, action: 'deny' }, { access_list: a.id, index: 20, action: 'permit' }]);
    expect(await widget.data({ db: app.knex, config: { ...widget.config } })).toEqual({ lists: { deny: 2, permit: 1 }, rules: 2 });
    expect(await widget.data({ db: app.knex, config: { show_rules: false } })).toEqual({ lists: { deny: 2, permit: 1 } });
  });
});
