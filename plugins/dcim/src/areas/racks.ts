/** STUB: the racks area of DCIM (models, resources, migrations); its owner fills it in. Migrations: 20260302000300… */
import type { DcimArea } from './area.js';

export const racks: DcimArea = {
  models: [],
  resources: [],
  migrations: {},
};
