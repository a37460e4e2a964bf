/** STUB: the components area of DCIM (models, resources, migrations); its owner fills it in. Migrations: 20260302000500… */
import type { DcimArea } from './area.js';

export const components: DcimArea = {
  models: [],
  resources: [],
  migrations: {},
};
