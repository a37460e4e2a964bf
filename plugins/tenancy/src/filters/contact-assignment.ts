import { choice, defineFilterSet, method, relation } from '@patchbay/core';
import { ContactAssignment } from '../models/contact-assignment.js';
import { Contact } from '../models/contact.js';
import { ContactGroup } from '../models/contact-group.js';
import { ContactRole } from '../models/contact-role.js';
import { ContactPriorityChoices } from '../choices.js';

/**
 * NetBox's ContactAssignmentFilterSet: `object_type` as "app.model", `object_type_id` as the
 * object type's id, the contact, its group (subtree) and the role; `q` searches contact and role names.
 */
export const contactAssignmentFilterSet = defineFilterSet(ContactAssignment, {
  fields: {
    object_type: 'text',
    // Object types are stored as labels; their ids live in core's object type table.
    object_type_id: method('number', (qb, values, _lookup, negate) => {
      qb.whereRaw(`${negate ? 'NOT ' : ''}t.object_type IN (SELECT ot.app_label || '.' || ot.model FROM core_objecttype ot WHERE ot.id = ANY(?::bigint[]))`, [values as never]);
    }, ['n']),
    object_id: 'number',
    priority: choice(ContactPriorityChoices),
    contact: relation(() => Contact, { by: false }),
    group: relation(() => ContactGroup, { tree: true, column: 'contact_id', through: [{ table: Contact.tableName, column: 'group_id' }] }),
    role: relation(() => ContactRole),
  },
  search: (qb, q) => {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.whereRaw(
      '(t.contact_id IN (SELECT id FROM tenancy_contact WHERE name ILIKE ?) OR t.role_id IN (SELECT id FROM tenancy_contactrole WHERE name ILIKE ?))',
      [pattern, pattern],
    );
  },
});
