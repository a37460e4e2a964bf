/** Registry: the stores, their duplicate codes, canonical endpoints per model, default providers, extensions, freezing. */
import { describe, expect, it } from 'vitest';
import { extendSerializer, PluginError, Registry, type Resource } from '@patchbay/core';
import { toyModel, toyResource } from '../plugin/toy-plugins.js';
import { Store } from '../../src/registry/store.js';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    if (err instanceof PluginError) return err.code;
    throw err;
  }
  throw new Error('nothing thrown');
};

const resource = (prefix: string, slug: string, model = toyModel('toy.thing')): Resource =>
  Object.freeze({ ...toyResource(slug, model), plugin: 'toy', prefix });

describe('Registry', () => {
  it('gives each store its own duplicate code', () => {
    const r = new Registry();
    const m = toyModel('toy.thing');
    r.models.register('toy.thing', m);
    expect(codeOf(() => r.models.register('toy.thing', m))).toBe('PB_REGISTRY_DUPLICATE_MODEL');
    r.addResource(resource('plugins/toy', 'things', m));
    expect(codeOf(() => r.addResource(resource('plugins/toy', 'things', m)))).toBe('PB_REGISTRY_DUPLICATE_ENDPOINT');
    const expected: Record<string, string> = {
      plugins: 'PB_PLUGIN_DUPLICATE', serializers: 'PB_REGISTRY_DUPLICATE_SERIALIZER', filterSets: 'PB_REGISTRY_DUPLICATE_FILTERSET',
      routes: 'PB_REGISTRY_DUPLICATE_ROUTE', searchIndexes: 'PB_REGISTRY_DUPLICATE_SEARCH_INDEX', eventTypes: 'PB_REGISTRY_DUPLICATE_EVENT_TYPE',
      widgets: 'PB_REGISTRY_DUPLICATE_WIDGET', choices: 'PB_REGISTRY_DUPLICATE_CHOICES', apps: 'PB_REGISTRY_DUPLICATE_MOUNT',
    };
    for (const [name, code] of Object.entries(expected)) {
      const store = (r as unknown as Record<string, Store<unknown>>)[name]!;
      store.register('k', {});
      expect(codeOf(() => store.register('k', {})), name).toBe(code);
    }
  });

  it('treats the first endpoint of a model as its canonical URL', () => {
    const r = new Registry();
    const m = toyModel('toy.thing');
    const first = resource('plugins/toy', 'things', m);
    r.addResource(first);
    r.addResource(resource('plugins/toy', 'things-again', m));
    expect(r.resourceFor('toy.thing')).toBe(first);
    expect(r.resourceFor('toy.other')).toBeUndefined();
  });

  it('falls back to core\'s tags and custom-fields providers until a plugin registers one', async () => {
    const r = new Registry();
    const rows = [{ id: 1 }, { id: 2 }];
    const ctx = { db: undefined as never, baseUrl: '' };
    expect(await r.fieldProvider('tags').load(ctx, toyModel('toy.thing'), rows)).toEqual(new Map([[1, []], [2, []]]));
    expect(await r.fieldProvider('custom_fields').load(ctx, toyModel('toy.thing'), rows)).toEqual(new Map([[1, {}], [2, {}]]));
    const mine = { ...r.fieldProvider('tags') };
    r.fieldProviders.register('tags', mine);
    expect(r.fieldProvider('tags')).toBe(mine);
  });

  it('swaps extended serializers into the store, the endpoints and the canonical index', () => {
    const r = new Registry();
    const m = toyModel('toy.thing');
    const res = resource('plugins/toy', 'things', m);
    r.serializers.register('toy.thing', res.serializer);
    r.addResource(res);
    const extended = extendSerializer(res.serializer, [{ name: 'colour', spec: { kind: 'string' } }]);
    r.replaceExtended(new Map([['toy.thing', extended]]), new Map());
    expect(r.serializerFor('toy.thing')).toBe(extended);
    expect(r.resources.require('plugins/toy/things').serializer).toBe(extended);
    expect(r.resourceFor('toy.thing')!.serializer.fields).toEqual(['id', 'url', 'display', 'name', 'colour']);
  });

  it('freezes every store at once', () => {
    const r = new Registry();
    r.freeze();
    const stores = Object.values(r).filter((v): v is Store<unknown> => v instanceof Store);
    expect(stores.length).toBeGreaterThanOrEqual(13);
    for (const s of stores) {
      expect(s.isFrozen, s.name).toBe(true);
      expect(codeOf(() => s.register('late', {})), s.name).toBe('PB_REGISTRY_FROZEN');
    }
    expect(codeOf(() => r.addResource(resource('plugins/toy', 'late')))).toBe('PB_REGISTRY_FROZEN');
  });
});
