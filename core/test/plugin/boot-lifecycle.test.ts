/**
 * Boot as plugins live it: services in the container (duplicate keys refused), setup in
 * dependency order after migrations with merged settings, teardown in reverse on close, and
 * `/api/status/` reporting every installed plugin with its version.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asValue } from 'awilix';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { PATCHBAY_VERSION, type PluginContext } from '@patchbay/core';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import { asyncCodeOf, toyModel, toyPlugin } from './toy-plugins.js';

eachDatabase((database) => {
  describe('services', () => {
    it('PB_CONTAINER_DUPLICATE_KEY: a plugin service that shadows a core one', async () => {
      const p = toyPlugin('shadow', { services: { knex: asValue('not a database') } });
      expect(await asyncCodeOf(() => createTestApp({ plugins: [p], database }))).toBe('PB_CONTAINER_DUPLICATE_KEY');
    });

    it('PB_CONTAINER_DUPLICATE_KEY: two plugins registering the same service', async () => {
      const a = toyPlugin('a', { services: { clock: asValue(() => 1) } });
      const b = toyPlugin('b', { services: { clock: asValue(() => 2) } });
      expect(await asyncCodeOf(() => createTestApp({ plugins: [a, b], database }))).toBe('PB_CONTAINER_DUPLICATE_KEY');
    });

    it('resolves a plugin service from the container', async () => {
      const app = await createTestApp({ plugins: [toyPlugin('a', { services: { greeting: asValue('hello') } })], database });
      try {
        expect((app.patchbay.container.cradle as unknown as { greeting: string }).greeting).toBe('hello');
      } finally {
        await app.close();
      }
    });

    it('fails the boot with the register phase\'s coded error before touching the database', async () => {
      expect(await asyncCodeOf(() => createTestApp({ plugins: [toyPlugin('b', { dependsOn: ['missing'] })], database }))).toBe('PB_PLUGIN_DEPENDENCY_MISSING');
    });
  });

  describe('setup and teardown', () => {
    const calls: string[] = [];
    const seen: Record<string, { settings: unknown; frozen: boolean; tableExists: boolean }> = {};
    const Thing = toyModel('lifec.thing');
    const hooks = (name: string) => ({
      async setup(ctx: PluginContext) {
        calls.push(`setup ${name}`);
        seen[name] = {
          settings: ctx.settings,
          frozen: ctx.registry.models.isFrozen,
          tableExists: await ctx.knex.schema.hasTable('lifec_thing'),
        };
      },
      async teardown(ctx: PluginContext) {
        calls.push(`teardown ${ctx.name}`);
      },
    });
    const first = toyPlugin('lifec', {
      models: [Thing],
      migrations: { '20260101000000_create_thing': { up: (knex) => knex.schema.createTable('lifec_thing', (t) => void t.bigIncrements('id')) } },
      settings: { defaults: { colour: 'red', size: 1 } },
      ...hooks('lifec'),
    });
    const second = toyPlugin('second', { dependsOn: ['lifec'], ...hooks('second') });
    const third = toyPlugin('third', { dependsOn: ['second'], ...hooks('third') });

    beforeAll(async () => {
      const app = await createTestApp({ plugins: [third, first, second], config: { pluginsConfig: { lifec: { size: 2 } } }, database });
      calls.push('booted');
      // Closing twice must not run teardown twice (app.close closes the platform again, then drops the schema).
      await app.patchbay.close();
      await app.close();
    });

    it('runs setup in dependency order and teardown in reverse, once', () => {
      expect(calls).toEqual(['setup lifec', 'setup second', 'setup third', 'booted', 'teardown third', 'teardown second', 'teardown lifec']);
    });

    it('runs setup after the register phase froze the registry and after migrations', () => {
      expect(seen.lifec).toMatchObject({ frozen: true, tableExists: true });
    });

    it('hands setup the defaults merged under the operator\'s settings', () => {
      expect(seen.lifec!.settings).toEqual({ colour: 'red', size: 2 });
      expect(seen.second!.settings).toEqual({});
    });
  });

  describe('/api/status/', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp({ plugins: [aclPlugin, toyPlugin('extra', { version: '0.3.1-beta.2' })], database });
    });
    afterAll(async () => app?.close());

    it('lists every installed plugin with its version, and the built-in apps', async () => {
      const res = await app.api.get('/api/status/');
      expect(res.status).toBe(200);
      expect(res.body.plugins).toEqual({ core: PATCHBAY_VERSION, users: PATCHBAY_VERSION, acl: '1.0.0', extra: '0.3.1-beta.2' });
      expect(res.body['installed-apps']).toEqual({ core: PATCHBAY_VERSION, users: PATCHBAY_VERSION });
      expect(res.body['patchbay-version']).toBe(PATCHBAY_VERSION);
    });

    it('lists third-party plugins at /api/plugins/installed-plugins/', async () => {
      const res = await app.api.get('/api/plugins/installed-plugins/');
      expect(res.body.map((p: { name: string; version: string }) => [p.name, p.version])).toEqual([['acl', '1.0.0'], ['extra', '0.3.1-beta.2']]);
    });
  });
});
