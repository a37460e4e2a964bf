/**
 * Circuit terminations take cables (NetBox's CircuitTermination is a CabledObjectModel): the
 * `cable_id`/`cable_end` columns dcim's cabled tables have, and the trigger that removes a
 * termination's cable end when it is deleted. Runs after dcim's cable tables (20260302000700).
 */
import type { Migration } from '@patchbay/core';
import { addCableColumns, dropCableColumns } from '@patchbay/plugin-dcim';

export const addTerminationCables: Migration = {
  async up(knex) {
    await addCableColumns(knex, 'circuits_circuittermination', 'circuits.circuittermination');
  },
  async down(knex) {
    await dropCableColumns(knex, 'circuits_circuittermination');
  },
};
