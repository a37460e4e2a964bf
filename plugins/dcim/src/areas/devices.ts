/** STUB: the devices area of DCIM (models, resources, migrations); its owner fills it in. Migrations: 20260302000400… */
import type { DcimArea } from './area.js';

export const devices: DcimArea = {
  models: [],
  resources: [],
  migrations: {},
};
