/**
 * Bulk seeding in SQL (generate_series): ~1,000 extended access lists with 100 rules each. The
 * rules vary like real ones (permit/deny, four protocols, ports only for TCP/UDP) so that every
 * rendered field has work to do; the plugin's validation rules hold for every row.
 */
import type { Patchbay } from '@patchbay/core';

type Knex = Patchbay['knex'];

export async function seedAcls(knex: Knex, lists: number, rulesPerList: number): Promise<number> {
  await knex.raw(
    `INSERT INTO netbox_acls_accesslist (name, type, default_action, description)
     SELECT 'acl-' || lpad(g::text, 5, '0'), 'extended', CASE WHEN g % 2 = 0 THEN 'deny' ELSE 'permit' END, 'Bench access list ' || g
       FROM generate_series(1, ?::int) g`,
    [lists],
  );
  await knex.raw(
    `INSERT INTO netbox_acls_accesslistrule
       (access_list_id, index, action, protocol, source_prefix, source_ports, destination_prefix, destination_ports, description)
     SELECT l.id, r * 10,
            CASE WHEN r % 3 = 0 THEN 'deny' ELSE 'permit' END,
            (ARRAY['tcp', 'udp', 'icmp', ''])[1 + r % 4],
            ('10.' || (l.id % 256) || '.' || (r % 256) || '.0/24')::cidr,
            CASE WHEN r % 4 = 0 THEN ARRAY[1024 + r] END,
            ('192.168.' || (r % 256) || '.0/24')::cidr,
            CASE WHEN r % 4 IN (0, 1) THEN ARRAY[22, 443, 8000 + r] END,
            'rule ' || r || ' of ' || l.name
       FROM netbox_acls_accesslist l CROSS JOIN generate_series(1, ?::int) r`,
    [rulesPerList],
  );
  await knex.raw('ANALYZE netbox_acls_accesslist');
  await knex.raw('ANALYZE netbox_acls_accesslistrule');
  const [{ n }] = (await knex('netbox_acls_accesslistrule').count({ n: '*' })) as [{ n: unknown }];
  return Number(n);
}
