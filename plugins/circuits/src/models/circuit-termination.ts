/**
 * A circuit termination (NetBox 4.2's CircuitTermination): side A or Z of a circuit, attached to a
 * region, site group, site, location or provider network (`termination_type` + `termination_id`).
 * The terminating object's region, site group, site, location or provider network are cached in
 * `_region`, `_site_group`, `_site`, `_location`, `_provider_network` so filters are plain column
 * matches — by dcim's cached-scope helper, the one mechanism prefixes and clusters use too (see
 * services/termination-cache.ts). A termination may be cabled (dcim's cable fields).
 */
import { NetBoxModel, ValidationError, field, type FieldMap, type FieldSpec, type HookContext } from '@patchbay/core';
import { cableFields, cleanCabledObject, occupiedField, scopeFields, syncScope } from '@patchbay/plugin-dcim';
import { CircuitTerminationSideChoices } from '../choices.js';
import { Circuit } from './circuit.js';
import { ProviderNetwork } from './provider-network.js';
import { TERMINATION_SCOPE } from '../services/termination-cache.js';

const speed = (): FieldSpec => field.integer({ nullable: true, default: null, min: 0, max: 2147483647 });

export class CircuitTermination extends NetBoxModel {
  static override tableName = 'circuits_circuittermination';
  static override label = 'circuits.circuittermination';
  static override verboseName = 'circuit termination';
  static override verboseNamePlural = 'circuit terminations';
  static override features = ['custom_fields', 'tags', 'custom_links', 'export_templates'];
  static override ordering = ['circuit', 'term_side'];
  static override uniqueTogether = [
    { fields: ['circuit', 'term_side'], message: 'The fields circuit, term_side must make a unique set.' },
  ];
  static override fields: FieldMap = {
    // NetBox: CASCADE — a circuit's terminations go with it.
    circuit: field.related(() => Circuit, { required: true, onDelete: 'cascade' }),
    // NetBox shows the side as a bare string ("A"), not as a {value, label} choice.
    term_side: { ...field.choice(CircuitTerminationSideChoices, { required: true }), render: (v: unknown) => v ?? null },
    // termination_type, termination_id, termination, and the cached _region, _site_group, _site, _location
    // (NetBox: CASCADE — deleting a region, group, site or location deletes the terminations there).
    ...scopeFields(TERMINATION_SCOPE),
    port_speed: speed(),
    upstream_speed: speed(),
    xconnect_id: field.string({ maxLength: 50, default: '' }),
    pp_info: field.string({ maxLength: 100, default: '' }),
    description: field.string({ maxLength: 200, default: '' }),
    mark_connected: field.boolean({ default: false }),
    ...cableFields(),
    _occupied: occupiedField,
    // The one cached target dcim does not know (TERMINATION_SCOPE.direct fills it). NetBox: PROTECT.
    _provider_network: field.related(() => ProviderNetwork, { readOnly: true, nullable: true, default: null, onDelete: 'protect' }),
  };

  static override displayOf(row: Record<string, unknown>): string {
    // `_circuit_cid` mirrors the circuit's cid (a trigger, see the migration).
    return `${row._circuit_cid}: Termination ${row.term_side}`;
  }

  /** NetBox 4.2's CircuitTermination.clean(): a termination must attach to something. */
  static override async clean(row: Record<string, unknown>) {
    cleanCabledObject(row);
    if (row.termination_type == null && row.termination_id == null)
      throw new ValidationError({ non_field_errors: ['A circuit termination must attach to a terminating object.'] });
  }

  /**
   * NetBox's save(): caches the terminating object's region, site group, site, location or provider
   * network (cache_related_objects), and points the circuit's `termination_a` / `termination_z` here.
   */
  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    await syncScope(ctx.trx, CircuitTermination, row, prev);
    const side = (s: unknown) => `termination_${String(s).toLowerCase()}_id`;
    const moved = !prev || String(prev.circuit_id) !== String(row.circuit_id) || prev.term_side !== row.term_side;
    if (!moved) return;
    if (prev) await ctx.trx(Circuit.tableName).where({ id: prev.circuit_id as number, [side(prev.term_side)]: row.id as number }).update({ [side(prev.term_side)]: null });
    await ctx.trx(Circuit.tableName).where('id', row.circuit_id as number).update({ [side(row.term_side)]: row.id });
  }
}
