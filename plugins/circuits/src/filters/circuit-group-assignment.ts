import { choice, defineFilterSet, method, relation, type Knex } from '@patchbay/core';
import { CircuitGroupAssignment } from '../models/circuit-group-assignment.js';
import { CircuitGroup } from '../models/circuit-group.js';
import { CircuitPriorityChoices } from '../choices.js';

/** Members of one type whose `column` is among the values: `t.member_id IN (SELECT id FROM <table> …)`. */
const memberFilter = (valueKind: 'text' | 'number', type: string, members: (sub: Knex.QueryBuilder, values: unknown[]) => void) =>
  method(valueKind, (qb, values, _lookup, negate) => {
    const match = (w: Knex.QueryBuilder) => w.where('t.member_type', type).whereIn('t.member_id', (sub) => members(sub, values));
    if (negate) qb.whereNot(match);
    else qb.where(match);
  }, ['n']);

/** Circuits and virtual circuits of the given providers (by a provider column). */
const providerMembers = (column: 'id' | 'slug') => method(column === 'id' ? 'number' : 'text', (qb, values, _lookup, negate) => {
  const providers = (s: Knex.QueryBuilder) => s.select('id').from('circuits_provider').whereIn(column, values as string[]);
  const match = (w: Knex.QueryBuilder) => w
    .where((a) => a.where('t.member_type', 'circuits.circuit').whereIn('t.member_id', (s) => s.select('id').from('circuits_circuit').whereIn('provider_id', providers)))
    .orWhere((b) => b.where('t.member_type', 'circuits.virtualcircuit').whereIn('t.member_id', (s) => s.select('v.id').from('circuits_virtualcircuit as v')
      .join('circuits_providernetwork as n', 'n.id', 'v.provider_network_id').whereIn('n.provider_id', providers)));
  if (negate) qb.whereNot(match);
  else qb.where(match);
}, ['n']);

/**
 * NetBox's CircuitGroupAssignmentFilterSet: member type, the group, and the member as a circuit or
 * virtual circuit (by id or cid) or by its provider (by id or slug). `q` searches member cids and group names.
 */
export const circuitGroupAssignmentFilterSet = defineFilterSet(CircuitGroupAssignment, {
  fields: {
    member_type: 'text',
    member_id: 'number',
    priority: choice(CircuitPriorityChoices),
    group: relation(() => CircuitGroup),
    circuit: memberFilter('text', 'circuits.circuit', (s, v) => s.select('id').from('circuits_circuit').whereIn('cid', v as string[])),
    circuit_id: memberFilter('number', 'circuits.circuit', (s, v) => s.select('id').from('circuits_circuit').whereIn('id', v as number[])),
    virtual_circuit: memberFilter('text', 'circuits.virtualcircuit', (s, v) => s.select('id').from('circuits_virtualcircuit').whereIn('cid', v as string[])),
    virtual_circuit_id: memberFilter('number', 'circuits.virtualcircuit', (s, v) => s.select('id').from('circuits_virtualcircuit').whereIn('id', v as number[])),
    provider: providerMembers('slug'),
    provider_id: providerMembers('id'),
  },
  search: (qb, q) => {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb.where((w) => w
      .where((a) => a.where('t.member_type', 'circuits.circuit').whereIn('t.member_id', (s) => s.select('id').from('circuits_circuit').whereILike('cid', like)))
      .orWhere((b) => b.where('t.member_type', 'circuits.virtualcircuit').whereIn('t.member_id', (s) => s.select('id').from('circuits_virtualcircuit').whereILike('cid', like)))
      .orWhereIn('t.group_id', (s) => s.select('id').from('circuits_circuitgroup').whereILike('name', like)));
  },
});
