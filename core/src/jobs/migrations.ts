/**
 * Columns the queue needs beyond core_job's first shape: NetBox's object_type/object_id/interval,
 * the handler's input (`kwargs`; `data` holds the result, as in NetBox), and the worker running a
 * job (so jobs of a dead worker can be put back). A partial index keeps claims cheap on a long history.
 */
import type { Knex } from 'knex';
import type { Migration } from '../plugin/define-plugin.js';

export const jobMigrations: Record<string, Migration> = {
  '20260102000000_extend_core_job': {
    async up(knex: Knex) {
      await knex.schema.alterTable('core_job', (t) => {
        t.string('object_type', 100).nullable();
        t.bigInteger('object_id').nullable();
        t.integer('interval').nullable();
        t.jsonb('kwargs').nullable();
        t.string('worker_name', 200).nullable();
        t.index(['object_type', 'object_id']);
      });
      await knex.raw(
        `CREATE INDEX core_job_claimable ON core_job ((coalesce(scheduled, created)), id) WHERE status IN ('pending', 'scheduled')`,
      );
      await knex.raw(`CREATE INDEX core_job_running ON core_job (worker_name) WHERE status = 'running'`);
    },
    async down(knex: Knex) {
      await knex.raw('DROP INDEX IF EXISTS core_job_claimable');
      await knex.raw('DROP INDEX IF EXISTS core_job_running');
      await knex.schema.alterTable('core_job', (t) => {
        t.dropIndex(['object_type', 'object_id']);
        for (const c of ['object_type', 'object_id', 'interval', 'kwargs', 'worker_name']) t.dropColumn(c);
      });
    },
  },
};
