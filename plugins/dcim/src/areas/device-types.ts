/** STUB: the device-types area of DCIM (models, resources, migrations); its owner fills it in. Migrations: 20260302000200… */
import type { DcimArea } from './area.js';

export const deviceTypes: DcimArea = {
  models: [],
  resources: [],
  migrations: {},
};
