/** STUB: the organisation area of DCIM (models, resources, migrations); its owner fills it in. Migrations: 20260302000100… */
import type { DcimArea } from './area.js';

export const organisation: DcimArea = {
  models: [],
  resources: [],
  migrations: {},
};
