/** A person or team to contact (NetBox 4.2's Contact: one optional group; e-mail and link validated). */
import { PrimaryModel, field, type FieldMap } from '@patchbay/core';
import { ContactGroup } from './contact-group.js';
import { emailField, urlField } from './validated-fields.js';

export class Contact extends PrimaryModel {
  static override tableName = 'tenancy_contact';
  static override label = 'tenancy.contact';
  static override verboseName = 'contact';
  static override verboseNamePlural = 'contacts';
  static override ordering = ['name'];
  static override uniqueTogether = [{ fields: ['group', 'name'], message: 'The fields group, name must make a unique set.' }];
  static override fields: FieldMap = {
    // NetBox: on_delete=SET_NULL — deleting a group keeps its contacts.
    group: field.related(() => ContactGroup, { nullable: true, default: null, onDelete: 'set_null' }),
    name: field.string({ maxLength: 100, required: true }),
    title: field.string({ maxLength: 100, default: '' }),
    phone: field.string({ maxLength: 50, default: '' }),
    email: emailField(),
    address: field.string({ maxLength: 200, default: '' }),
    link: urlField(),
  };
}
