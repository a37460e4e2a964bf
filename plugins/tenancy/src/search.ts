/** Global search over the tenancy models, with NetBox 4.2's weights (tenancy/search.py). */
import { defineSearchIndex } from '@patchbay/core';
import { Contact } from './models/contact.js';
import { ContactGroup } from './models/contact-group.js';
import { ContactRole } from './models/contact-role.js';
import { Tenant } from './models/tenant.js';
import { TenantGroup } from './models/tenant-group.js';

export const searchIndexes = [
  defineSearchIndex(Contact, {
    fields: { name: 100, title: 300, phone: 300, email: 300, address: 300, link: 300, description: 500, comments: 5000 },
    display: ['group', 'title', 'phone', 'email', 'description'],
  }),
  defineSearchIndex(ContactGroup, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] }),
  defineSearchIndex(ContactRole, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] }),
  defineSearchIndex(Tenant, { fields: { name: 100, slug: 110, description: 500, comments: 5000 }, display: ['group', 'description'] }),
  defineSearchIndex(TenantGroup, { fields: { name: 100, slug: 110, description: 500 }, display: ['description'] }),
];
