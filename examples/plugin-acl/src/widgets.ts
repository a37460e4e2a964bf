/** A dashboard widget: access lists per default action and the total of rules. */
import { defineWidget } from '@patchbay/core';

export const aclSummaryWidget = defineWidget({
  name: 'acl.AccessListSummary',
  title: 'Access lists',
  description: 'Access lists by default action, and the number of rules.',
  width: 4,
  height: 2,
  config: { show_rules: true },
  async data({ db, config }) {
    const lists: { default_action: string; n: unknown }[] = await db('netbox_acls_accesslist').select('default_action').count({ n: '*' }).groupBy('default_action');
    const out: Record<string, unknown> = { lists: Object.fromEntries(lists.map((r) => [r.default_action, Number(r.n)])) };
    if (config.show_rules) out.rules = Number((await db('netbox_acls_accesslistrule').count({ n: '*' }))[0]!.n);
    return out;
  },
});
