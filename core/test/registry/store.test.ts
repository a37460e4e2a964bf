/** Store: a closed, named map — keys added during the register phase only, duplicates refused with the store's code. */
import { describe, expect, it } from 'vitest';
import { PluginError } from '@patchbay/core';
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

describe('Store', () => {
  it('keeps entries in registration order', () => {
    const s = new Store<number>('thing', 'PB_TEST_DUPLICATE');
    s.register('b', 2);
    s.register('a', 1);
    expect(s.keys()).toEqual(['b', 'a']);
    expect(s.values()).toEqual([2, 1]);
    expect(s.entries()).toEqual([['b', 2], ['a', 1]]);
    expect(s.size).toBe(2);
    expect(s.get('a')).toBe(1);
    expect(s.get('zz')).toBeUndefined();
    expect(s.has('b')).toBe(true);
    expect(s.require('b')).toBe(2);
  });

  it('refuses a duplicate key with its own code, naming the key and the owner', () => {
    const s = new Store<number>('widget', 'PB_TEST_DUPLICATE');
    s.register('w', 1, 'first');
    expect(codeOf(() => s.register('w', 2, 'second'))).toBe('PB_TEST_DUPLICATE');
    expect(() => s.register('w', 2, 'second')).toThrow('Duplicate widget "w" (registered again by second).');
    expect(s.get('w')).toBe(1);
  });

  it('answers PB_REGISTRY_UNKNOWN for a missing key on require and replace', () => {
    const s = new Store<number>('thing', 'PB_TEST_DUPLICATE');
    expect(codeOf(() => s.require('nope'))).toBe('PB_REGISTRY_UNKNOWN');
    expect(codeOf(() => s.replace('nope', 1))).toBe('PB_REGISTRY_UNKNOWN');
  });

  it('replaces an existing entry before the freeze', () => {
    const s = new Store<number>('thing', 'PB_TEST_DUPLICATE');
    s.register('a', 1);
    s.replace('a', 5);
    expect(s.require('a')).toBe(5);
  });

  it('refuses every write once frozen (PB_REGISTRY_FROZEN) and keeps serving reads', () => {
    const s = new Store<number>('thing', 'PB_TEST_DUPLICATE');
    s.register('a', 1);
    expect(s.isFrozen).toBe(false);
    s.freeze();
    expect(s.isFrozen).toBe(true);
    expect(codeOf(() => s.register('b', 2))).toBe('PB_REGISTRY_FROZEN');
    expect(codeOf(() => s.register('a', 2))).toBe('PB_REGISTRY_FROZEN');
    expect(codeOf(() => s.replace('a', 2))).toBe('PB_REGISTRY_FROZEN');
    expect(s.require('a')).toBe(1);
    expect(s.keys()).toEqual(['a']);
  });
});
