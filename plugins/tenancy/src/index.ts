/**
 * @patchbay/plugin-tenancy: NetBox's tenancy app — tenants and their groups, contacts, contact
 * groups and roles, and contact assignments to any object whose model has the `contacts` feature.
 * Exports the filter helpers other plugins spread into their filter sets (`tenancyFilters`,
 * `contactFilters(label)`). Built only on @patchbay/core's public API.
 */
import { definePlugin, defineResource, featuresOf, ValidationError, type Registry } from '@patchbay/core';
import { TenantGroup } from './models/tenant-group.js';
import { Tenant } from './models/tenant.js';
import { ContactGroup } from './models/contact-group.js';
import { ContactRole } from './models/contact-role.js';
import { Contact } from './models/contact.js';
import { ContactAssignment } from './models/contact-assignment.js';
import { tenantGroupSerializer } from './serializers/tenant-group.js';
import { tenantSerializer } from './serializers/tenant.js';
import { contactGroupSerializer } from './serializers/contact-group.js';
import { contactRoleSerializer } from './serializers/contact-role.js';
import { contactSerializer } from './serializers/contact.js';
import { contactAssignmentSerializer } from './serializers/contact-assignment.js';
import { tenantGroupFilterSet } from './filters/tenant-group.js';
import { tenantFilterSet } from './filters/tenant.js';
import { contactGroupFilterSet } from './filters/contact-group.js';
import { contactRoleFilterSet } from './filters/contact-role.js';
import { contactFilterSet } from './filters/contact.js';
import { contactAssignmentFilterSet } from './filters/contact-assignment.js';
import { ContactPriorityChoices } from './choices.js';
import { searchIndexes } from './search.js';
import { createTenancyTables } from './migrations/20260301000000_create_tenancy_tables.js';

export { TenantGroup, Tenant, ContactGroup, ContactRole, Contact, ContactAssignment, ContactPriorityChoices };
export { tenancyFilters, tenancyFiltersFor } from './filters/tenancy-filters.js';
export { contactFilters } from './filters/contact-filters.js';

/** NetBox's ContentTypeField and ContactAssignment.clean(): a registered type whose model takes contacts. */
function checkObjectType(registry: Registry, type: unknown): void {
  if (typeof type !== 'string') return;
  const model = registry.models.get(type);
  if (!model) throw new ValidationError({ object_type: [`Invalid content type: ${type}`] });
  if (!featuresOf(model).has('contacts'))
    throw new ValidationError({ non_field_errors: [`Contacts cannot be assigned to this object type (${type}).`] });
}

export const tenancyPlugin = definePlugin({
  name: 'tenancy',
  version: '0.1.0',
  description: "Tenants, tenant groups and contacts (NetBox's tenancy app).",
  compatibility: '>=0.1.0 <1.0.0',
  mount: 'tenancy',
  models: [TenantGroup, Tenant, ContactGroup, ContactRole, Contact, ContactAssignment],
  resources: [
    defineResource({ slug: 'tenant-groups', model: TenantGroup, serializer: tenantGroupSerializer, filterSet: tenantGroupFilterSet }),
    defineResource({ slug: 'tenants', model: Tenant, serializer: tenantSerializer, filterSet: tenantFilterSet }),
    defineResource({ slug: 'contact-groups', model: ContactGroup, serializer: contactGroupSerializer, filterSet: contactGroupFilterSet }),
    defineResource({ slug: 'contact-roles', model: ContactRole, serializer: contactRoleSerializer, filterSet: contactRoleFilterSet }),
    defineResource({ slug: 'contacts', model: Contact, serializer: contactSerializer, filterSet: contactFilterSet }),
    defineResource({
      slug: 'contact-assignments', model: ContactAssignment, serializer: contactAssignmentSerializer, filterSet: contactAssignmentFilterSet,
      hooks: {
        // Before core's generic-relation checks, so the messages are NetBox's.
        async beforeSave({ c, parsed }) {
          if ('object_type' in parsed.values) checkObjectType(c.registry, parsed.values.object_type);
        },
      },
    }),
  ],
  searchIndexes,
  choices: [ContactPriorityChoices],
  migrations: { '20260301000000_create_tenancy_tables': createTenancyTables },
  setup({ signals }) {
    // NetBox's ContactsMixin.contacts is a GenericRelation: deleting an object deletes its assignments.
    signals.on('pre_delete', async ({ model, row, trx }) => {
      if (featuresOf(model).has('contacts'))
        await trx(ContactAssignment.tableName).where({ object_type: model.label, object_id: row.id as number }).delete();
    });
  },
});

export default tenancyPlugin;
