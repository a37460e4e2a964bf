/**
 * A tiny second plugin that extends the ACL plugin's access list: a column of its own (added by
 * its own migration), shown by the serializer and filterable — through `extends` only.
 */
import { definePlugin, field, type LoadContext } from '@patchbay/core';

/** `team_size` for a page of access lists, in one grouped query; lists without a team get the fallback. */
async function teamSizes(ctx: LoadContext, rows: Record<string, unknown>[]): Promise<Map<number, unknown>> {
  const teams = [...new Set(rows.map((r) => r.owner_team as string).filter(Boolean))];
  const counts: { owner_team: string; n: unknown }[] = await ctx.db('netbox_acls_accesslist')
    .select('owner_team').count({ n: '*' }).whereIn('owner_team', teams).groupBy('owner_team');
  const byTeam = new Map(counts.map((c) => [c.owner_team, Number(c.n)]));
  return new Map(rows.filter((r) => r.owner_team).map((r) => [Number(r.id), byTeam.get(r.owner_team as string)]));
}

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
    serializerFields: [
      { model: 'acl.accesslist', name: 'owner_team', spec: field.string({ maxLength: 50, default: '' }), after: 'default_action' },
      // A page-at-once value: how many access lists share this one's owner team (one query per page).
      { model: 'acl.accesslist', name: 'team_size', spec: field.loaded(teamSizes, { schema: { type: 'integer' }, fallback: 0 }), after: 'owner_team' },
    ],
    filters: [{ model: 'acl.accesslist', filters: { owner_team: 'text' } }],
  },
});
