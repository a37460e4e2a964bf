/** What every extras test file boots and the one POST helper they share. */
import { make } from '@patchbay/core/testing';
import { tenancyPlugin } from '@patchbay/plugin-tenancy';
import { dcimPlugin } from '@patchbay/plugin-dcim';
import { ipamPlugin } from '@patchbay/plugin-ipam';
import { virtualizationPlugin } from '@patchbay/plugin-virtualization';
import { aclPlugin } from '@patchbay/example-plugin-acl';
import { extrasPlugin } from '../src/index.js';

export { make };

/** Extras with the plugins it builds on. */
export const EXTRAS_PLUGINS = [tenancyPlugin, dcimPlugin, ipamPlugin, virtualizationPlugin, extrasPlugin];

/** Extras plus a third-party plugin whose models must get tags and custom fields too; `extras` are extras' settings. */
export function extrasApp(extras?: Record<string, unknown>) {
  return {
    plugins: [...EXTRAS_PLUGINS, aclPlugin],
    config: { pluginsConfig: { acl: { assignable_types: ['users.group'] }, ...(extras ? { extras } : {}) } },
  };
}

