/** @patchbay/plugin-virtualization — NetBox's virtualization app. Filled in by its owner. */
import { definePlugin } from '@patchbay/core';

export const virtualizationPlugin = definePlugin({
  name: 'virtualization', version: '0.1.0', compatibility: '>=0.1.0 <1.0.0', dependsOn: ['tenancy', 'dcim', 'ipam'], mount: 'virtualization',
});

export default virtualizationPlugin;
