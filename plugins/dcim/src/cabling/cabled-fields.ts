/**
 * What every cabled object shares (NetBox's CabledObjectModel and CabledObjectSerializer /
 * CabledObjectFilterSet): the cable and the end it is attached to, the far ends of that cable
 * (`link_peers`), `_occupied`, their filters and the rule that a cabled object is not "marked
 * connected". Device components, power feeds and circuit terminations all use it.
 */
import { ValidationError, choice, field, method, type FieldMap, type FilterDef, type Knex } from '@patchbay/core';
import { CableEndChoices } from '../choices.js';
import { Cable } from '../models/cable.js';
import { loadLinkPeers, loadLinkPeersType } from './render.js';

type Row = Record<string, unknown>;

/** cable, cable_end, link_peers, link_peers_type (in the reference's order; `_occupied` is separate, it goes last). */
export function cableFields(): FieldMap {
  return {
    cable: field.related(() => Cable, { nullable: true, default: null, readOnly: true, onDelete: 'set_null' }),
    cable_end: field.string({ maxLength: 1, default: '', readOnly: true, schema: { type: 'string', readOnly: true } }),
    link_peers: field.loaded(loadLinkPeers, { fallback: [], schema: { type: 'array', items: {}, readOnly: true } }),
    link_peers_type: field.loaded(loadLinkPeersType, {
      fallback: null,
      schema: { type: 'string', description: 'Return the type of the peer link terminations, or None.', readOnly: true, nullable: true },
    }),
  };
}

/** NetBox's CabledObjectModel._occupied: cabled, or marked as connected. */
export const occupiedField = field.computed((row) => row.cable_id != null || Boolean(row.mark_connected), { schema: { type: 'boolean', readOnly: true } });

/** NetBox's CabledObjectModel.clean(): an object with a cable cannot also be marked connected. */
export function cleanCabledObject(row: Row): void {
  if (row.mark_connected && row.cable_id != null)
    throw ValidationError.field('mark_connected', 'Cannot mark as connected with a cable attached.');
}

/** NetBox's CabledObjectFilterSet (+ `mark_connected` and `cable_end`, which every cabled filter set lists). */
export const cabledObjectFilters: Record<string, FilterDef> = {
  mark_connected: 'boolean',
  // A plain number filter (NetBox's MultiValueNumberFilter): an unknown cable id matches nothing, it is no error.
  cable_id: method('number', (qb, values, _lookup, negate) => {
    if (negate) qb.where((w: Knex.QueryBuilder) => w.whereNotIn('t.cable_id', values as number[]).orWhereNull('t.cable_id'));
    else qb.whereIn('t.cable_id', values as number[]);
  }, ['n']),
  cable_end: choice(CableEndChoices),
  cabled: method('boolean', (qb, values) => {
    qb.where((w: Knex.QueryBuilder) => {
      if (values.includes(true)) w.orWhereNotNull('t.cable_id');
      if (values.includes(false)) w.orWhereNull('t.cable_id');
    });
  }),
  occupied: method('boolean', (qb, values) => {
    qb.where((w: Knex.QueryBuilder) => {
      if (values.includes(true)) w.orWhere((o) => o.whereNotNull('t.cable_id').orWhere('t.mark_connected', true));
      if (values.includes(false)) w.orWhere((o) => o.whereNull('t.cable_id').where('t.mark_connected', false));
    });
  }),
};
