/** @patchbay/plugin-circuits — NetBox's circuits app. Filled in by its owner. */
import { definePlugin } from '@patchbay/core';

export const circuitsPlugin = definePlugin({
  name: 'circuits', version: '0.1.0', compatibility: '>=0.1.0 <1.0.0', dependsOn: ['tenancy', 'dcim'], mount: 'circuits',
});

export default circuitsPlugin;
