/** definePlugin: checked, frozen declarations; bad input is PB_PLUGIN_INVALID before anything boots. */
import { describe, expect, it } from 'vitest';
import { definePlugin, PluginError } from '@patchbay/core';
import { codeOf, toyModel, toyPlugin } from './toy-plugins.js';

const base = { name: 'toy', version: '1.0.0', compatibility: '*' };

describe('definePlugin', () => {
  it('returns frozen data marked as a plugin, with dependsOn defaulted', () => {
    const p = definePlugin(base);
    expect(Object.isFrozen(p)).toBe(true);
    expect(p.__patchbayPlugin).toBe(true);
    expect(p.dependsOn).toEqual([]);
    expect(Object.isFrozen(p.dependsOn)).toBe(true);
    expect(() => {
      (p as { name: string }).name = 'other';
    }).toThrow(TypeError);
  });

  it('copies dependsOn so later changes to the caller\'s array do not leak in', () => {
    const deps = ['a'];
    const p = toyPlugin('b', { dependsOn: deps });
    deps.push('c');
    expect(p.dependsOn).toEqual(['a']);
  });

  it.each([
    ['a missing name', { ...base, name: '' }],
    ['an upper-case name', { ...base, name: 'Toy' }],
    ['a name with a space', { ...base, name: 'my plugin' }],
    ['a name starting with a digit', { ...base, name: '1toy' }],
    ['a version that is not semver', { ...base, version: '1.0' }],
    ['a compatibility that is not a range', { ...base, compatibility: 'whenever' }],
    ['a missing compatibility', { ...base, compatibility: '' }],
    ['a mount that is not a URL segment', { ...base, mount: 'a/b' }],
    ['a model without a label', { ...base, models: [class extends toyModel('toy.thing') { static override label = '' }] }],
    ['a model with a malformed label', { ...base, models: [toyModel('Toy-Thing')] }],
  ])('refuses %s with PB_PLUGIN_INVALID', (_what, opts) => {
    expect(codeOf(() => definePlugin(opts as never))).toBe('PB_PLUGIN_INVALID');
  });

  it('refuses a non-object', () => {
    expect(codeOf(() => definePlugin(null as never))).toBe('PB_PLUGIN_INVALID');
  });

  it('names the plugin and the problem in the message', () => {
    try {
      definePlugin({ ...base, version: 'one' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(PluginError);
      expect((err as Error).message).toBe('Plugin toy: version "one" is not a semver version.');
    }
  });
});
