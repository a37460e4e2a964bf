/**
 * Turns the operator's `plugins` list (package names or paths) into plugin definitions. Without
 * a list, every built-in plugin that is installed is enabled.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from '../errors.js';
import type { PluginDefinition } from './define-plugin.js';

/** Built-in domain plugins, in the order NetBox lists its apps; the ones not installed are skipped. */
export const BUILTIN_PLUGIN_PACKAGES = [
  '@patchbay/plugin-tenancy',
  '@patchbay/plugin-dcim',
  '@patchbay/plugin-ipam',
  '@patchbay/plugin-circuits',
  '@patchbay/plugin-virtualization',
  '@patchbay/plugin-extras',
];

function isPlugin(v: unknown): v is PluginDefinition {
  return typeof v === 'object' && v !== null && (v as { __patchbayPlugin?: unknown }).__patchbayPlugin === true;
}

async function importPlugin(spec: string, baseDir: string): Promise<PluginDefinition | undefined> {
  const require = createRequire(path.join(baseDir, 'package.json'));
  let resolved: string;
  if (spec.startsWith('.') || spec.startsWith('/')) resolved = path.resolve(baseDir, spec);
  else {
    try {
      resolved = require.resolve(spec);
    } catch {
      return undefined;
    }
  }
  const mod = await import(pathToFileURL(resolved).href);
  if (isPlugin(mod.default)) return mod.default;
  return Object.values(mod).find(isPlugin);
}

export async function resolvePlugins(list: string[] | undefined, baseDir: string): Promise<PluginDefinition[]> {
  const out: PluginDefinition[] = [];
  if (!list) {
    for (const name of BUILTIN_PLUGIN_PACKAGES) {
      const p = await importPlugin(name, baseDir);
      if (p) out.push(p);
    }
    return out;
  }
  for (const spec of list) {
    let p: PluginDefinition | undefined;
    try {
      p = await importPlugin(spec, baseDir);
    } catch (err) {
      throw new ConfigError('plugins', `cannot load "${spec}": ${(err as Error).message}`);
    }
    if (!p) throw new ConfigError('plugins', `"${spec}" is not installed or exports no plugin (definePlugin).`);
    out.push(p);
  }
  return out;
}
