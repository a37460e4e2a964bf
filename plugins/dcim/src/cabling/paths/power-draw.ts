/**
 * NetBox's PowerPort.get_power_draw(): the allocated and maximum draw of a power port — its own
 * figures when set, otherwise the sum over the power ports its outlets feed, with a per-leg
 * breakdown when the port is fed by one three-phase power feed. Set-based: one aggregate query per
 * leg plus the outlet counts.
 */
import type { Knex } from '@patchbay/core';
import { PowerOutletFeedLegChoices } from '../../choices.js';

/** One leg of a three-phase feed. */
export interface LegDraw {
  name: string;
  allocated: number;
  maximum: number;
  outlet_count: number;
}

/** What get_power_draw() answers. */
export interface PowerDraw {
  allocated: number;
  maximum: number;
  outlet_count: number;
  legs: LegDraw[];
}

/** The summed draw of the power ports cabled to this port's outlets (optionally of one leg); NetBox's get_downstream_powerports(). */
async function downstreamDraw(trx: Knex, portId: number, leg?: string): Promise<{ allocated: number; maximum: number }> {
  const row = await trx('dcim_powerport as pp')
    .sum({ maximum: 'pp.maximum_draw', allocated: 'pp.allocated_draw' })
    .whereExists((qb: Knex.QueryBuilder) => {
      qb.select(trx.raw('1')).from('dcim_poweroutlet as o')
        .where('o.power_port_id', portId).whereNotNull('o.cable_id')
        .whereRaw('o.cable_id = pp.cable_id').whereRaw('o.cable_end <> pp.cable_end');
      if (leg) qb.where('o.feed_leg', leg);
    })
    .first();
  return { allocated: Number(row?.allocated ?? 0), maximum: Number(row?.maximum ?? 0) };
}

/** NetBox's PowerPort.get_power_draw() for one power port row. */
export async function powerDraw(trx: Knex, port: Record<string, unknown>): Promise<PowerDraw> {
  const portId = Number(port.id);
  const counts: { feed_leg: unknown; n: unknown }[] = await trx('dcim_poweroutlet').select('feed_leg').count({ n: '*' })
    .where('power_port_id', portId).groupBy('feed_leg');
  const countOf = (leg?: string) => counts.filter((c) => leg === undefined || c.feed_leg === leg).reduce((n, c) => n + Number(c.n), 0);
  if (port.allocated_draw != null || port.maximum_draw != null)
    return { allocated: Number(port.allocated_draw ?? 0), maximum: Number(port.maximum_draw ?? 0), outlet_count: countOf(), legs: [] };

  const total = await downstreamDraw(trx, portId);
  const out: PowerDraw = { ...total, outlet_count: countOf(), legs: [] };
  // Per-leg figures when the port's only link peer is a three-phase power feed.
  if (port.cable_id != null) {
    const peers: { termination_type: unknown; phase: unknown }[] = await trx('dcim_cabletermination as ct')
      .leftJoin('dcim_powerfeed as f', (j: Knex.JoinClause) => {
        j.on('f.id', '=', 'ct.termination_id').andOn('ct.termination_type', '=', trx.raw('?', ['dcim.powerfeed']));
      })
      .select('ct.termination_type', 'f.phase')
      .where('ct.cable_id', port.cable_id as number).whereNot('ct.cable_end', String(port.cable_end ?? ''));
    if (peers.length === 1 && peers[0]!.termination_type === 'dcim.powerfeed' && peers[0]!.phase === 'three-phase') {
      for (const { value, label } of PowerOutletFeedLegChoices.choices) {
        const draw = await downstreamDraw(trx, portId, value);
        out.legs.push({ name: label, ...draw, outlet_count: countOf(value) });
      }
    }
  }
  return out;
}
