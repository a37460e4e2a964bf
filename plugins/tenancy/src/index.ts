/** STUB: @patchbay/plugin-tenancy — its owner fills it in. */
import { definePlugin } from '@patchbay/core';

export const tenancyPlugin = definePlugin({
  name: 'tenancy',
  version: '0.1.0',
  compatibility: '>=0.1.0 <1.0.0',
  mount: 'tenancy',
});

export default tenancyPlugin;
