/**
 * Two small register-phase options: a serializer field contribution with `replace: true` swaps a
 * placeholder's spec in place (extras' config_context on devices), and a route's `app` mounts it
 * under another built-in app's prefix (extras' /api/dcim/devices/{id}/render-config/).
 */
import { describe, expect, it } from 'vitest';
import { definePlugin, defineRoute, field, registerPlugins } from '@patchbay/core';
import { aclPlugin } from '@patchbay/example-plugin-acl';

const loaded = field.loaded(async (_ctx, rows) => new Map(rows.map((r) => [Number(r.id), 7])), { schema: { type: 'integer' } });

const route = (app?: string) => defineRoute({ method: 'POST', path: '/access-lists/:id/compile/', ...(app ? { app } : {}), async handler() { return { body: {} }; } });

function extender(extra: Partial<Parameters<typeof definePlugin>[0]>) {
  return definePlugin({ name: 'acl-extender', version: '1.0.0', compatibility: '>=0.1.0 <1.0.0', dependsOn: ['acl'], ...extra });
}

describe('serializerFields replace', () => {
  it('swaps the spec of a listed field and keeps the key order', () => {
    const before = registerPlugins([aclPlugin]).registry.serializers.get('acl.accesslist')!;
    const { registry } = registerPlugins([aclPlugin, extender({ extends: { serializerFields: [{ model: 'acl.accesslist', name: 'rule_count', spec: loaded, replace: true }] } })]);
    const after = registry.serializers.get('acl.accesslist')!;
    expect(after.fields).toEqual(before.fields);
    expect(after.specs.rule_count).toBe(loaded);
    expect(registry.resourceFor('acl.accesslist')!.serializer.specs.rule_count).toBe(loaded);
  });

  it('refuses to replace a field the serializer does not list', () => {
    const plugin = extender({ extends: { serializerFields: [{ model: 'acl.accesslist', name: 'nonexistent', spec: loaded, replace: true }] } });
    expect(() => registerPlugins([aclPlugin, plugin])).toThrow(expect.objectContaining({ code: 'PB_SERIALIZER_UNKNOWN_FIELD' }));
  });
});

describe('route app', () => {
  it("mounts a route under a built-in app's prefix", () => {
    const { registry } = registerPlugins([aclPlugin, extender({ routes: [route('dcim')] })]);
    const mounted = registry.routes.values().filter((r) => r.path === '/access-lists/:id/compile/');
    expect(mounted.map((r) => [r.prefix, r.plugin])).toEqual([['dcim', 'acl-extender']]);
    const own = registerPlugins([aclPlugin, extender({ routes: [route()] })]).registry.routes.values().filter((r) => r.path === '/access-lists/:id/compile/');
    expect(own.map((r) => r.prefix)).toEqual(['plugins/acl-extender']);
  });

  it('refuses an app that is not built in', () => {
    expect(() => registerPlugins([aclPlugin, extender({ routes: [route('acl')] })])).toThrow(expect.objectContaining({ code: 'PB_PLUGIN_INVALID' }));
  });
});
