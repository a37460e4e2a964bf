/**
 * The register phase (registerPlugins / orderPlugins): dependency order and every coded error it
 * raises — synchronously, before any database is touched.
 */
import { describe, expect, it } from 'vitest';
import { orderPlugins, registerPlugins, field, PATCHBAY_VERSION } from '@patchbay/core';
import { codeOf, toyModel, toyPlugin, toyResource } from './toy-plugins.js';

const names = (ps: readonly { name: string }[]) => ps.map((p) => p.name);

describe('dependency order', () => {
  it('puts every plugin after the ones it depends on', () => {
    const a = toyPlugin('a');
    const b = toyPlugin('b', { dependsOn: ['a'] });
    const c = toyPlugin('c', { dependsOn: ['b'] });
    expect(names(orderPlugins([c, b, a]))).toEqual(['a', 'b', 'c']);
  });

  it('orders a diamond with the shared dependency first and the top last', () => {
    const a = toyPlugin('a');
    const b = toyPlugin('b', { dependsOn: ['a'] });
    const c = toyPlugin('c', { dependsOn: ['a'] });
    const d = toyPlugin('d', { dependsOn: ['c', 'b'] });
    expect(names(orderPlugins([d, b, c, a]))).toEqual(['a', 'c', 'b', 'd']);
  });

  it('keeps independent plugins in the order given', () => {
    expect(names(orderPlugins([toyPlugin('y'), toyPlugin('x'), toyPlugin('z')]))).toEqual(['y', 'x', 'z']);
  });

  it('returns the same order from registerPlugins', () => {
    const { ordered } = registerPlugins([toyPlugin('b', { dependsOn: ['a'] }), toyPlugin('a')]);
    expect(names(ordered)).toEqual(['a', 'b']);
  });
});

describe('coded errors', () => {
  it('PB_PLUGIN_DEPENDENCY_MISSING: a dependency that is not enabled', () => {
    expect(codeOf(() => registerPlugins([toyPlugin('b', { dependsOn: ['a'] })]))).toBe('PB_PLUGIN_DEPENDENCY_MISSING');
    expect(() => orderPlugins([toyPlugin('b', { dependsOn: ['a'] })])).toThrow('Plugin "b" depends on "a", which is not enabled.');
  });

  it('PB_PLUGIN_DEPENDENCY_CYCLE: a cycle, naming its path', () => {
    const a = toyPlugin('a', { dependsOn: ['c'] });
    const b = toyPlugin('b', { dependsOn: ['a'] });
    const c = toyPlugin('c', { dependsOn: ['b'] });
    expect(codeOf(() => registerPlugins([a, b, c]))).toBe('PB_PLUGIN_DEPENDENCY_CYCLE');
    expect(() => orderPlugins([a, b, c])).toThrow('Plugin dependency cycle: a → c → b → a.');
    expect(codeOf(() => orderPlugins([toyPlugin('self', { dependsOn: ['self'] })]))).toBe('PB_PLUGIN_DEPENDENCY_CYCLE');
  });

  it('PB_PLUGIN_INCOMPATIBLE: a core version outside the plugin\'s range', () => {
    const p = toyPlugin('future', { compatibility: '>=2.0.0' });
    expect(codeOf(() => registerPlugins([p]))).toBe('PB_PLUGIN_INCOMPATIBLE');
    expect(() => registerPlugins([p])).toThrow(`Plugin "future" 1.0.0 needs core >=2.0.0; this is ${PATCHBAY_VERSION}.`);
    expect(names(registerPlugins([p], { coreVersion: '2.3.0' }).ordered)).toEqual(['future']);
    expect(names(registerPlugins([p], { coreVersion: '2.3.0-rc.1' }).ordered)).toEqual(['future']);
  });

  it('PB_PLUGIN_SETTING_MISSING: a required setting the operator did not give (a default does not count)', () => {
    const p = toyPlugin('needy', { settings: { required: ['api_key'], defaults: { api_key: 'x', timeout: 5 } } });
    expect(codeOf(() => registerPlugins([p]))).toBe('PB_PLUGIN_SETTING_MISSING');
    expect(codeOf(() => registerPlugins([p], { pluginsConfig: { other: { api_key: 'k' } } }))).toBe('PB_PLUGIN_SETTING_MISSING');
    expect(() => registerPlugins([p])).toThrow('Plugin "needy" requires the setting pluginsConfig.needy.api_key.');
    const { registry } = registerPlugins([p], { pluginsConfig: { needy: { api_key: 'k' } } });
    expect(registry.plugins.require('needy').settings).toEqual({ api_key: 'k', timeout: 5 });
  });

  it('PB_PLUGIN_DUPLICATE: the same plugin name twice', () => {
    expect(codeOf(() => registerPlugins([toyPlugin('a'), toyPlugin('a', { version: '2.0.0' })]))).toBe('PB_PLUGIN_DUPLICATE');
  });

  it('PB_REGISTRY_DUPLICATE_MODEL: two plugins registering one model label', () => {
    const a = toyPlugin('a', { models: [toyModel('shared.thing')] });
    const b = toyPlugin('b', { models: [toyModel('shared.thing')] });
    expect(codeOf(() => registerPlugins([a, b]))).toBe('PB_REGISTRY_DUPLICATE_MODEL');
    expect(() => registerPlugins([a, b])).toThrow('Duplicate model "shared.thing" (registered again by b).');
  });

  it('PB_REGISTRY_DUPLICATE_ENDPOINT: one URL for two resources', () => {
    const one = toyModel('toy.one');
    const two = toyModel('toy.two');
    const p = toyPlugin('toy', { models: [one, two], resources: [toyResource('things', one), toyResource('things', two)] });
    expect(codeOf(() => registerPlugins([p]))).toBe('PB_REGISTRY_DUPLICATE_ENDPOINT');
  });

  it('PB_PLUGIN_INVALID: an endpoint for a model no plugin registers', () => {
    const orphan = toyModel('toy.orphan');
    expect(codeOf(() => registerPlugins([toyPlugin('toy', { resources: [toyResource('orphans', orphan)] })]))).toBe('PB_PLUGIN_INVALID');
  });

  it('PB_PLUGIN_EXTENSION_INVALID: extending a model that has no serializer or filter set', () => {
    const spec = field.string({ default: '' });
    expect(codeOf(() => registerPlugins([toyPlugin('x', { extends: { serializerFields: [{ model: 'no.model', name: 'f', spec }] } })]))).toBe('PB_PLUGIN_EXTENSION_INVALID');
    expect(codeOf(() => registerPlugins([toyPlugin('x', { extends: { filters: [{ model: 'no.model', filters: { f: 'text' } }] } })]))).toBe('PB_PLUGIN_EXTENSION_INVALID');
  });

  it('refuses an extension that reuses a field or filter name', () => {
    const m = toyModel('toy.thing');
    const owner = toyPlugin('toy', { models: [m], resources: [toyResource('things', m)] });
    const field1 = toyPlugin('ext', { dependsOn: ['toy'], extends: { serializerFields: [{ model: 'toy.thing', name: 'name', spec: field.string() }] } });
    expect(codeOf(() => registerPlugins([owner, field1]))).toBe('PB_SERIALIZER_DUPLICATE_FIELD');
    const filter1 = toyPlugin('ext', { dependsOn: ['toy'], extends: { filters: [{ model: 'toy.thing', filters: { name: 'text' } }] } });
    expect(codeOf(() => registerPlugins([owner, filter1]))).toBe('PB_FILTER_DUPLICATE');
  });
});

describe('the registry after register', () => {
  const m = toyModel('toy.thing');
  const p = toyPlugin('toy', { models: [m], resources: [toyResource('things', m)], settings: { defaults: { colour: 'red', size: 1 } } });

  it('is frozen: nothing registers after the register phase (PB_REGISTRY_FROZEN)', () => {
    const { registry } = registerPlugins([p]);
    expect(codeOf(() => registry.models.register('toy.other', toyModel('toy.other')))).toBe('PB_REGISTRY_FROZEN');
    expect(codeOf(() => registry.plugins.register('late', registry.plugins.require('toy')))).toBe('PB_REGISTRY_FROZEN');
    expect(codeOf(() => registry.serializers.replace('toy.thing', registry.serializers.require('toy.thing')))).toBe('PB_REGISTRY_FROZEN');
    expect(registry.models.require('toy.thing')).toBe(m);
  });

  it('merges setting defaults under the operator\'s values, frozen', () => {
    const { registry } = registerPlugins([p], { pluginsConfig: { toy: { size: 3, extra: true } } });
    const settings = registry.plugins.require('toy').settings;
    expect(settings).toEqual({ colour: 'red', size: 3, extra: true });
    expect(Object.isFrozen(settings)).toBe(true);
    expect(registerPlugins([p]).registry.plugins.require('toy').settings).toEqual({ colour: 'red', size: 1 });
  });

  it('mounts third-party plugins under plugins/ and built-in app names at the top', () => {
    const x = toyModel('mine.x');
    const { registry } = registerPlugins([p, toyPlugin('mine', { mount: 'ipam', models: [x], resources: [toyResource('xs', x)] })]);
    expect(registry.plugins.require('toy')).toMatchObject({ apiPrefix: 'plugins/toy', builtin: false });
    expect(registry.plugins.require('mine')).toMatchObject({ apiPrefix: 'ipam', builtin: true });
    expect(registry.resources.keys()).toEqual(['plugins/toy/things', 'ipam/xs']);
  });
});
