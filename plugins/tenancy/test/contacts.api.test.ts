/** The full REST contract of /api/tenancy/contacts/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { CONTACTS, tenancyApp, unassignedFixtures, type TenancyFixtures } from './fixtures.js';

describeApiViewSet<TenancyFixtures>({
  ...tenancyApp,
  path: CONTACTS,
  model: 'tenancy.contact',
  fields: [
    'id', 'url', 'display_url', 'display', 'group', 'name', 'title', 'phone', 'email', 'address', 'link',
    'description', 'comments', 'tags', 'custom_fields', 'created', 'last_updated',
  ],
  briefFields: ['id', 'url', 'display', 'name', 'description'],
  setup: unassignedFixtures,
  createData: (fx) => [
    { name: 'Dave Davis', group: fx.contactGroups[0], email: 'dave@example.net', phone: '555-0104' },
    { name: 'Erin Evans', title: 'NOC lead', link: 'http://noc.example.net/erin', address: '2 Side St' },
    // Same name as a fixture, in another group: allowed (unique per group).
    { name: 'Alice Adams', group: fx.contactGroups[2], comments: 'a namesake' },
  ],
  updateData: (fx) => ({ title: 'Manager', email: 'new@example.org', group: fx.contactGroups[1], description: 'updated' }),
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'Bad Email', email: 'not-an-address' },
  filters: (fx) => ({
    'name=Alice Adams': 1,
    'name__ic=o': 2,
    'title=Engineer&title=Director': 2,
    'phone__isw=%2B1 555': 2,
    'email__iew=@example.com': 2,
    'address=1 Main St': 1,
    'link__empty=true': 2,
    'group=cg-b': 2,
    [`group_id=${fx.contactGroups[0]}`]: 3,
    'group__n=cg-c': 2,
    'q=accountant': 1,
  }),
});
