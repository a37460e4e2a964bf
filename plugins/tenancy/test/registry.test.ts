/** What the tenancy plugin declares: its endpoints under /api/tenancy/, search indexes with NetBox's weights, choices, features. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp, eachDatabase, type TestApp } from '@patchbay/core/testing';
import { featuresOf } from '@patchbay/core';
import { Contact, Tenant, TenantGroup } from '../src/index.js';
import { tenancyApp } from './fixtures.js';

eachDatabase((database) => {
  let app: TestApp;
  beforeAll(async () => { app = await createTestApp({ ...tenancyApp, database }); });
  afterAll(async () => app?.close());

  it('mounts its six endpoints under /api/tenancy/', async () => {
    const root = await app.api.get('/api/tenancy/');
    expect(Object.keys(root.body).sort()).toEqual(['contact-assignments', 'contact-groups', 'contact-roles', 'contacts', 'tenant-groups', 'tenants']);
    expect(root.body.tenants).toBe(`${app.baseUrl}/api/tenancy/tenants/`);
  });

  it('declares search indexes with NetBox\'s weights', () => {
    const { searchIndexes } = app.patchbay.registry;
    expect(searchIndexes.require('tenancy.tenant').fields).toEqual({ name: 100, slug: 110, description: 500, comments: 5000 });
    expect(searchIndexes.require('tenancy.tenant').display).toEqual(['group', 'description']);
    expect(searchIndexes.require('tenancy.contact').fields).toEqual({ name: 100, title: 300, phone: 300, email: 300, address: 300, link: 300, description: 500, comments: 5000 });
    for (const label of ['tenancy.tenantgroup', 'tenancy.contactgroup', 'tenancy.contactrole'])
      expect(searchIndexes.require(label).fields).toEqual({ name: 100, slug: 110, description: 500 });
  });

  it('declares the priority choices and lets tenants (only) take contacts', () => {
    expect(app.patchbay.registry.choices.require('tenancy.ContactAssignment.priority').values()).toEqual(['primary', 'secondary', 'tertiary', 'inactive']);
    expect(featuresOf(Tenant).has('contacts')).toBe(true);
    expect(featuresOf(TenantGroup).has('contacts')).toBe(false);
    expect(featuresOf(Contact).has('contacts')).toBe(false);
  });
});
