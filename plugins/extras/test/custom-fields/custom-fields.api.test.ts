/** The full REST contract of /api/extras/custom-fields/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { cfApp, cfFixtures, FIELDS, type CfFixtures } from './fixtures.js';

describeApiViewSet<CfFixtures>({
  ...cfApp,
  path: FIELDS,
  model: 'extras.customfield',
  fields: [
    'id', 'url', 'display_url', 'display', 'object_types', 'type', 'related_object_type', 'data_type',
    'name', 'label', 'group_name', 'description', 'required', 'unique', 'search_weight', 'filter_logic',
    'ui_visible', 'ui_editable', 'is_cloneable', 'default', 'related_object_filter', 'weight',
    'validation_minimum', 'validation_maximum', 'validation_regex', 'choice_set', 'comments',
    'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'description'],
  setup: cfFixtures,
  createData: (fx) => [
    { name: 'cf_new_1', type: 'integer', object_types: ['dcim.site'], validation_maximum: 10 },
    { name: 'cf_new_2', type: 'boolean', object_types: ['tenancy.tenant'], default: true },
    { name: 'cf_new_3', type: 'select', object_types: ['acl.accesslist'], choice_set: fx.sets[2] },
  ],
  updateData: { label: 'Updated', description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'bad name', type: 'text', object_types: ['dcim.site'] },
  filters: (fx) => ({
    'name=cust_id': 1,
    'name__ic=co': 2,
    'type=integer': 1,
    'type=text&type=select': 3,
    'object_type=dcim.site': 2,
    'object_type__ic=acl': 2,
    'object_type__n=dcim.site': 3,
    'group_name=Billing': 1,
    'label__ic=customer': 1,
    [`choice_set_id=${fx.sets[0]}`]: 1,
    'choice_set=Colours': 1,
    'filter_logic=exact': 1,
    'search_weight__lt=500': 1,
    'validation_minimum=0': 1,
    'required=false': 5,
    'q=racks': 1,
  }),
});
