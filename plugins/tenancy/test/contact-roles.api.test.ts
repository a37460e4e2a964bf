/** The full REST contract of /api/tenancy/contact-roles/ (generated), on every database. */
import { describeApiViewSet } from '@patchbay/core/testing';
import { CONTACT_ROLES, tenancyApp, unassignedFixtures, type TenancyFixtures } from './fixtures.js';

describeApiViewSet<TenancyFixtures>({
  ...tenancyApp,
  path: CONTACT_ROLES,
  model: 'tenancy.contactrole',
  fields: ['id', 'url', 'display_url', 'display', 'name', 'slug', 'description', 'tags', 'custom_fields', 'created', 'last_updated'],
  briefFields: ['id', 'url', 'display', 'name', 'slug', 'description'],
  setup: unassignedFixtures,
  createData: [
    { name: 'Technical', slug: 'technical' },
    { name: 'Security', slug: 'security', description: 'incidents' },
    { name: 'Legal', slug: 'legal' },
  ],
  updateData: { description: 'updated' },
  bulkUpdateData: { description: 'bulk edited' },
  invalidData: { name: 'NOC', slug: 'noc-2' },
  filters: {
    'name=NOC': 1,
    'name=NOC&name=Owner': 2,
    'slug__isw=bill': 1,
    'description=accountable': 1,
    'description__empty=false': 1,
    'q=own': 1,
  },
});
