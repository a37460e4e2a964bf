/** The full REST contract of /api/dcim/interface-templates/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { P, TEMPLATE_BRIEF, dcimApp, withTemplates, type TemplateFixtures } from './fixtures.js';

describeApiViewSet<TemplateFixtures>({
  ...dcimApp,
  path: P.interfaceTemplates,
  model: 'dcim.interfacetemplate',
  fields: [
    'id', 'url', 'display', 'device_type', 'module_type', 'name', 'label', 'type', 'enabled', 'mgmt_only', 'description',
    'bridge', 'poe_mode', 'poe_type', 'rf_role', 'created', 'last_updated',
  ],
  briefFields: TEMPLATE_BRIEF,
  setup: withTemplates(P.interfaceTemplates, (fx) => [
    { device_type: fx.deviceTypes[0], name: 'fxp0', type: '1000base-t', mgmt_only: true, label: 'MGMT' },
    { device_type: fx.deviceTypes[1], name: 'ge-0/0/0', type: '1000base-x-sfp', poe_mode: 'pse', poe_type: 'type2-ieee802.3at' },
    { module_type: fx.moduleTypes[0], name: 'wlan{module}', type: 'ieee802.11ax', rf_role: 'ap', enabled: false },
  ]),
  createData: (fx) => [
    { device_type: fx.deviceTypes[1], name: 'xe-0/0/0', type: '10gbase-x-sfpp' },
    { device_type: fx.deviceTypes[2], name: 'Ethernet1', type: '25gbase-x-sfp28', description: 'uplink' },
    { module_type: fx.moduleTypes[1], name: 'Te{module}/1', type: '10gbase-t', poe_mode: 'pd' },
  ],
  updateData: { name: 'em0', type: '100base-tx', enabled: false, description: 'updated' },
  bulkUpdateData: { description: 'bulk edited', enabled: true },
  invalidData: (fx) => ({ device_type: fx.deviceTypes[0], name: 'bad', type: 'nonsense' }),
  filters: (fx) => ({
    [`device_type_id=${fx.deviceTypes[1]}`]: 1,
    [`module_type_id=${fx.moduleTypes[0]}`]: 1,
    'type=1000base-t': 1,
    'type__n=1000base-t': 2,
    'mgmt_only=true': 1,
    'enabled=false': 1,
    'poe_mode=pse': 1,
    'poe_type=type2-ieee802.3at': 1,
    'rf_role=ap': 1,
    'bridge_id=null': 3,
    'label=MGMT': 1,
    'q=wlan': 1,
  }),
});
