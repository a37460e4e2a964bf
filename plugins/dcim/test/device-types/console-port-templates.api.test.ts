/** The full REST contract of /api/dcim/console-port-templates/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, TEMPLATE_BRIEF, dcimApp, withTemplates, type TemplateFixtures } from './fixtures.js';

describeApiViewSet<TemplateFixtures>({
  ...dcimApp,
  path: P.consolePortTemplates,
  model: 'dcim.consoleporttemplate',
  fields: ['id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'type', 'description', 'created', 'last_updated'],
  briefFields: TEMPLATE_BRIEF,
  setup: withTemplates(P.consolePortTemplates, (fx) => [
    { device_type: fx.deviceTypes[0], name: 'con0', type: 'rj-45', label: 'CONSOLE' },
    { device_type: fx.deviceTypes[1], name: 'con0', type: 'usb-c', description: 'usb console' },
    { module_type: fx.moduleTypes[0], name: 'con{module}' },
  ]),
  createData: (fx) => [
    { device_type: fx.deviceTypes[1], name: 'con1', type: 'de-9' },
    { device_type: fx.deviceTypes[2], name: 'console', type: 'rj-45', label: 'C' },
    { module_type: fx.moduleTypes[1], name: 'aux{module}', description: 'aux port' },
  ],
  updateData: { name: 'console0', type: 'db-25', label: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: (fx) => ({ device_type: fx.deviceTypes[0], name: 'bad', type: 'rj-99' }),
  filters: (fx) => ({
    [`device_type_id=${fx.deviceTypes[0]}`]: 1,
    [`device_type_id=${fx.deviceTypes[0]}&device_type_id=${fx.deviceTypes[1]}`]: 2,
    [`module_type_id=${fx.moduleTypes[0]}`]: 1,
    'module_type_id=null': 2,
    'name=con0': 2,
    'label=CONSOLE': 1,
    'type=usb-c': 1,
    'type__empty=true': 1,
    'q=usb': 1,
  }),
});
