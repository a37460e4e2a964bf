/**
 * Component and operation names for the OpenAPI document, chosen the way NetBox's schema names
 * them (`AccessList`, `BriefAccessList`, `plugins_acl_access_lists_list`) so generated clients
 * written against NetBox find the same names here.
 */
import type { ModelClass } from '../models/base-model.js';
import type { Registry } from '../registry/registry.js';

/** Model → schema base name; the class name, qualified by app only where two apps share a class name. */
export class SchemaNames {
  private readonly clashing = new Set<string>();

  constructor(registry: Registry) {
    const seen = new Set<string>();
    for (const model of registry.models.values()) {
      if (seen.has(model.name)) this.clashing.add(model.name);
      seen.add(model.name);
    }
  }

  /** `AccessList`, or `AclAccessList` when another app also has an `AccessList`. */
  of(model: ModelClass): string {
    const base = model.name || pascal(model.label.replace('.', '_'));
    return this.clashing.has(base) ? `${pascal(model.label.split('.')[0]!)}${base}` : base;
  }
}

/** `plugins/acl` → `Plugins Acl` → `PluginsAcl`; `ip_address` → `IpAddress`. */
export function pascal(s: string): string {
  return s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

/** NetBox's operationId stem: `plugins/acl` + `access-lists` → `plugins_acl_access_lists`. */
export function operationStem(prefix: string, slug: string): string {
  return `${prefix}/${slug}`.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

/** A JSON pointer to a component schema. */
export function ref(name: string): { $ref: string } {
  return { $ref: `#/components/schemas/${name}` };
}
