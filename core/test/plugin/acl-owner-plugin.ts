/**
 * A tiny second plugin that extends the ACL plugin's access list: a column of its own (added by
 * its own migration), shown by the serializer and filterable — through `extends` only.
 */
import { definePlugin, field } from '@patchbay/core';

export const aclOwnerPlugin = definePlugin({
  name: 'acl-owner',
  version: '0.2.0',
  compatibility: '*',
  dependsOn: ['acl'],
  migrations: {
    '20260301000000_add_owner_team': {
      async up(knex) {
        await knex.schema.alterTable('netbox_acls_accesslist', (t) => void t.string('owner_team', 50).notNullable().defaultTo(''));
      },
      async down(knex) {
        await knex.schema.alterTable('netbox_acls_accesslist', (t) => void t.dropColumn('owner_team'));
      },
    },
  },
  extends: {
    serializerFields: [{ model: 'acl.accesslist', name: 'owner_team', spec: field.string({ maxLength: 50, default: '' }), after: 'default_action' }],
    filters: [{ model: 'acl.accesslist', filters: { owner_team: 'text' } }],
  },
});
