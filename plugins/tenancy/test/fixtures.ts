/** Fixtures shared by the tenancy plugin's tests: a small world of groups, tenants, contacts and assignments, made over the API. */
import { make, type TestApp } from '@patchbay/core/testing';
import { tenancyPlugin } from '../src/index.js';

export { make };

export const API = '/api/tenancy';
export const TENANT_GROUPS = `${API}/tenant-groups/`;
export const TENANTS = `${API}/tenants/`;
export const CONTACT_GROUPS = `${API}/contact-groups/`;
export const CONTACT_ROLES = `${API}/contact-roles/`;
export const CONTACTS = `${API}/contacts/`;
export const ASSIGNMENTS = `${API}/contact-assignments/`;

export const tenancyApp = { plugins: [tenancyPlugin] };

export interface TenancyFixtures {
  /** Tenant groups: [0] root "Group A", [1] its child "Group B", [2] B's child "Group C"; [3], [4] childless roots "Group Y", "Group Z" (created first). */
  tenantGroups: number[];
  /** Tenants: [0] in A, [1] in B, [2] in C. */
  tenants: number[];
  /** Contact groups, shaped like the tenant groups ("Contacts A"…). */
  contactGroups: number[];
  contactRoles: number[];
  /** Contacts: [0] in contact group A, [1] in B, [2] in C. */
  contacts: number[];
  /** Assignments: contact i with role i on tenant i (primary, secondary, none). */
  assignments: number[];
}

/** Everything the tenancy tests need: trees three deep, one tenant and one contact at each level. */
export async function tenancyFixtures(app: TestApp, opts: { assignments?: boolean } = {}): Promise<TenancyFixtures> {
  // Two childless roots first (Y, Z), then a chain A > B > C: the generated contract deletes the
  // first object and re-parents the first two, which only works on nodes without children.
  const tree = async (path: string, prefix: string, noun: string) => {
    const ids: number[] = [];
    for (const letter of ['Y', 'Z']) ids.push((await make(app.api, path, { name: `${noun} ${letter}`, slug: `${prefix}-${letter.toLowerCase()}` })).id);
    for (const [i, letter] of ['A', 'B', 'C'].entries())
      ids.push((await make(app.api, path, {
        name: `${noun} ${letter}`, slug: `${prefix}-${letter.toLowerCase()}`, parent: i ? ids[ids.length - 1] : null,
        description: i === 1 ? 'middle level' : '',
      })).id);
    return ids.slice(2).concat(ids.slice(0, 2));
  };
  const tenantGroups = await tree(TENANT_GROUPS, 'tg', 'Group');
  const tenants: number[] = [];
  for (const [i, name] of ['Tenant 1', 'Tenant 2', 'Tenant 3'].entries())
    tenants.push((await make(app.api, TENANTS, { name, slug: `tenant-${i + 1}`, group: tenantGroups[i], description: i === 0 ? 'first tenant' : '' })).id);
  const contactGroups = await tree(CONTACT_GROUPS, 'cg', 'Contacts');
  const contactRoles: number[] = [];
  for (const [i, name] of ['NOC', 'Billing', 'Owner'].entries())
    contactRoles.push((await make(app.api, CONTACT_ROLES, { name, slug: name.toLowerCase(), description: i === 2 ? 'accountable' : '' })).id);
  const contacts: number[] = [];
  const people = [
    { name: 'Alice Adams', title: 'Engineer', phone: '+1 555 0101', email: 'alice@example.com', address: '1 Main St', link: 'https://example.com/alice' },
    { name: 'Bob Brown', title: 'Accountant', phone: '+1 555 0102', email: 'bob@example.com' },
    { name: 'Carol Clark', title: 'Director' },
  ];
  for (const [i, person] of people.entries()) contacts.push((await make(app.api, CONTACTS, { ...person, group: contactGroups[i] })).id);
  const assignments: number[] = [];
  if (opts.assignments !== false) for (const [i, priority] of ['primary', 'secondary', ''].entries())
    assignments.push((await make(app.api, ASSIGNMENTS, {
      object_type: 'tenancy.tenant', object_id: tenants[i], contact: contacts[i], role: contactRoles[i], priority,
    })).id);
  return { tenantGroups, tenants, contactGroups, contactRoles, contacts, assignments };
}

/** The same world without contact assignments, so contacts and roles are free to delete. */
export const unassignedFixtures = (app: TestApp) => tenancyFixtures(app, { assignments: false });
