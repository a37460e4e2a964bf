/** The full REST contract of /api/extras/custom-field-choice-sets/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { cfApp, cfFixtures, SETS, type CfFixtures } from './fixtures.js';

describeApiViewSet<CfFixtures>({
  ...cfApp,
  path: SETS,
  model: 'extras.customfieldchoiceset',
  fields: [
    'id', 'url', 'display_url', 'display', 'name', 'description', 'base_choices', 'extra_choices',
    'order_alphabetically', 'choices_count', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'description', 'choices_count'],
  // No custom field uses the sets here, so every one of them may be deleted.
  setup: (app) => cfFixtures(app, { fields: false }),
  createData: [
    { name: 'Set 4', extra_choices: [['a', 'A']] },
    { name: 'Set 5', extra_choices: [['b', 'B'], ['c', 'C']], description: 'five' },
    { name: 'Set 6', extra_choices: [['y', 'Y'], ['z', 'Z']], order_alphabetically: true },
  ],
  updateData: { description: 'updated', extra_choices: [['l', 'Large'], ['m', 'Medium'], ['s', 'Small']] },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Set 9', extra_choices: [] },
  filters: {
    'name=Colours': 1,
    'name__isw=s': 1,
    'description=paint': 1,
    'order_alphabetically=true': 1,
    'choice=red': 1,
    'choice=Gold&choice=m': 2,
    'q=tier': 1,
  },
});
