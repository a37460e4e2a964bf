/**
 * A usage summary the available-ips search skips full space with: for every 256-address block
 * (an IPv4 /24, an IPv6 /120) of each IP space (a VRF, or 0 for the global table), how many
 * distinct hosts IP addresses use in it. Statement-level triggers keep it exact on every insert,
 * update, delete and truncate of `ipam_ipaddress`, set-based through the transition tables (one
 * statement per write statement, so a bulk create's multi-row INSERT stays cheap). A host counts
 * once however many addresses share it (other masks, anycast roles, VRFs without uniqueness).
 *
 * Concurrency: the triggers take the space's uniqueness lock (`ipam.ipaddress.unique`, the same
 * one clean() takes where uniqueness is enforced) before counting, so two transactions adding
 * the same host cannot both count it; the count statement runs after the lock with a fresh
 * snapshot (READ COMMITTED) and sees what the other committed.
 */
import type { Knex, Migration } from '@patchbay/core';

/** (vrf_key, host, dnew, dold): addresses per space and host the statement added and removed. */
const CHANGES = {
  insert: `SELECT coalesce(n.vrf_id, 0) AS vrf_key, host(n.address)::inet AS h, count(*) AS dnew, 0::bigint AS dold
           FROM ipam_ipblock_new n GROUP BY 1, 2`,
  delete: `SELECT coalesce(o.vrf_id, 0) AS vrf_key, host(o.address)::inet AS h, 0::bigint AS dnew, count(*) AS dold
           FROM ipam_ipblock_old o GROUP BY 1, 2`,
  update: `SELECT x.vrf_key, x.h, sum(x.dnew)::bigint AS dnew, sum(x.dold)::bigint AS dold FROM (
             SELECT coalesce(n.vrf_id, 0) AS vrf_key, host(n.address)::inet AS h, 1 AS dnew, 0 AS dold FROM ipam_ipblock_new n
             UNION ALL SELECT coalesce(o.vrf_id, 0), host(o.address)::inet, 0, 1 FROM ipam_ipblock_old o) AS x
           GROUP BY 1, 2 HAVING sum(x.dnew) <> sum(x.dold)`,
};

/** The trigger function body for one operation: lock the spaces, apply the per-block deltas, drop emptied blocks. */
function body(changes: string): string {
  return `BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('ipam.ipaddress.unique'), s.vrf_key::int)
      FROM (SELECT DISTINCT c.vrf_key FROM (${changes}) AS c ORDER BY 1) AS s;
    -- A host is used after the statement if any address has it now, and was used before if
    -- any had it then (now, minus what the statement added, plus what it removed).
    INSERT INTO ipam_ipblock_usage AS u (vrf_key, block, used)
    SELECT d.vrf_key, ipam_ipblock(d.h), sum(d.delta) FROM (
      SELECT c.vrf_key, c.h, (CASE WHEN k.n > 0 THEN 1 ELSE 0 END) - (CASE WHEN k.n - c.dnew + c.dold > 0 THEN 1 ELSE 0 END) AS delta
      FROM (${changes}) AS c
      CROSS JOIN LATERAL (SELECT count(*) AS n FROM ipam_ipaddress a
                          WHERE host(a.address)::inet = c.h AND coalesce(a.vrf_id, 0) = c.vrf_key) AS k) AS d
    WHERE d.delta <> 0
    GROUP BY 1, 2
    ON CONFLICT (vrf_key, block) DO UPDATE SET used = u.used + excluded.used;
    DELETE FROM ipam_ipblock_usage u
    USING (SELECT DISTINCT c.vrf_key, ipam_ipblock(c.h) AS block FROM (${changes}) AS c) AS t
    WHERE u.vrf_key = t.vrf_key AND u.block = t.block AND u.used <= 0;
    RETURN NULL;
  END`;
}

/** Builds the summary from the addresses already stored (also used by tests to compare with the triggers' result). */
export const REBUILD_IP_BLOCK_USAGE = `INSERT INTO ipam_ipblock_usage (vrf_key, block, used)
  SELECT coalesce(vrf_id, 0), ipam_ipblock(address), count(DISTINCT host(address)::inet)
  FROM ipam_ipaddress GROUP BY 1, 2`;

export const createIpBlockUsage: Migration = {
  async up(knex: Knex) {
    await knex.raw(`CREATE FUNCTION ipam_ipblock(a inet) RETURNS inet LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT host(network(set_masklen(a, CASE family(a) WHEN 4 THEN 24 ELSE 120 END)))::inet $$`);
    await knex.raw(`CREATE TABLE ipam_ipblock_usage (
      vrf_key bigint NOT NULL,
      block inet NOT NULL,
      used integer NOT NULL,
      PRIMARY KEY (vrf_key, block))`);
    // Global containers see every VRF: their search walks the blocks of all spaces in order.
    await knex.raw('CREATE INDEX ipam_ipblock_usage_block ON ipam_ipblock_usage (block) INCLUDE (used)');
    await knex.raw(REBUILD_IP_BLOCK_USAGE);
    for (const [op, changes] of Object.entries(CHANGES)) {
      await knex.raw(`CREATE FUNCTION ipam_ipblock_${op}() RETURNS trigger LANGUAGE plpgsql AS $$ ${body(changes)} $$`);
      const tables = op === 'insert' ? 'NEW TABLE AS ipam_ipblock_new' : op === 'delete' ? 'OLD TABLE AS ipam_ipblock_old'
        : 'OLD TABLE AS ipam_ipblock_old NEW TABLE AS ipam_ipblock_new';
      await knex.raw(`CREATE TRIGGER ipam_ipblock_${op} AFTER ${op.toUpperCase()} ON ipam_ipaddress
        REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION ipam_ipblock_${op}()`);
    }
    await knex.raw(`CREATE FUNCTION ipam_ipblock_truncate() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN DELETE FROM ipam_ipblock_usage; RETURN NULL; END $$`);
    await knex.raw(`CREATE TRIGGER ipam_ipblock_truncate AFTER TRUNCATE ON ipam_ipaddress
      FOR EACH STATEMENT EXECUTE FUNCTION ipam_ipblock_truncate()`);
  },
  async down(knex: Knex) {
    for (const op of ['insert', 'update', 'delete', 'truncate']) {
      await knex.raw(`DROP TRIGGER IF EXISTS ipam_ipblock_${op} ON ipam_ipaddress`);
      await knex.raw(`DROP FUNCTION IF EXISTS ipam_ipblock_${op}()`);
    }
    await knex.raw('DROP TABLE IF EXISTS ipam_ipblock_usage');
    await knex.raw('DROP FUNCTION IF EXISTS ipam_ipblock(inet)');
  },
};
