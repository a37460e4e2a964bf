/** The full REST contract of /api/dcim/module-types/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, dcimApp, typeFixtures, type TypeFixtures } from './fixtures.js';

describeApiViewSet<TypeFixtures>({
  ...dcimApp,
  path: P.moduleTypes,
  model: 'dcim.moduletype',
  fields: [
    'id', 'url', 'display_url', 'display', 'manufacturer', 'model', 'part_number', 'airflow', 'weight', 'weight_unit',
    'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'manufacturer', 'model', 'description'],
  setup: typeFixtures,
  createData: (fx) => [
    { manufacturer: fx.manufacturers[0], model: 'MPC7E', part_number: 'MPC7E-10G' },
    { manufacturer: { name: 'Cisco' }, model: 'C9400-LC-48T', airflow: 'side-to-rear' },
    { manufacturer: fx.manufacturers[2], model: 'FAN-1', weight: 120, weight_unit: 'g', description: 'fan tray' },
  ],
  updateData: { model: 'MIC-20GE-2', airflow: 'front-to-rear', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ manufacturer: fx.manufacturers[0], model: 'Bad airflow', airflow: 'top-to-bottom' }),
  filters: (fx) => ({
    [`manufacturer_id=${fx.manufacturers[1]}`]: 1,
    'manufacturer=juniper': 1,
    'model__isw=m': 1,
    'part_number=MIC-3D-20GE-SFP': 1,
    'airflow=passive': 1,
    'weight_unit=kg': 1,
    'weight__lt=1': 1,
    'interfaces=true': 0,
    'q=power': 1,
    'q=cisco': 1,
  }),
});
