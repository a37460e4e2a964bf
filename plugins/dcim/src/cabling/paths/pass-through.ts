/**
 * What a path does when a cable reaches an object of another app (a circuit termination): dcim
 * cannot import circuits (circuits depends on dcim), so that app registers how its objects pass a
 * path on. NetBox hard-codes CircuitTermination in CablePath.from_origin; this is the same step,
 * made generic.
 */
import type { Knex } from '@patchbay/core';
import { CABLED_TABLES, type Term } from './nodes.js';

/** The next step of a path after its far ends (all of one registered type). */
export type PassThroughStep =
  /** Several far ends where one was expected: the path is split here. */
  | { split: true }
  /** Nothing further (e.g. the other side does not exist). */
  | { stop: true }
  /** The path ends with these extra hops (e.g. [[far circuit termination], [provider network]]). */
  | { extend: string[][]; complete: boolean }
  /** The path goes on from these objects (e.g. the circuit's other termination). */
  | { next: Term[] };

/** Helpers the tracer lends a resolver. */
export interface PassThroughContext {
  /** The cable an object is attached to, or null (cables being deleted count as absent). */
  linkOf(row: Record<string, unknown>): number | null;
}

/** How one app's cabled objects pass a path on. */
export interface PassThrough {
  /** The table holding the objects (rows must have `cable_id` and `cable_end`). */
  table: string;
  resolve(trx: Knex, farEnds: Term[], ctx: PassThroughContext): Promise<PassThroughStep>;
}

const passThroughs = new Map<string, PassThrough>();

/** Registers how objects of `label` pass a path on; called by the owning plugin's setup (idempotent). */
export function registerPassThrough(label: string, passThrough: PassThrough): void {
  passThroughs.set(label, passThrough);
}

/** The registered pass-through of a model, if any. */
export function passThroughOf(label: string): PassThrough | undefined {
  return passThroughs.get(label);
}

/** The table of any object a cable may end on. */
export function cabledTableOf(label: string): string | undefined {
  return CABLED_TABLES[label] ?? passThroughs.get(label)?.table;
}
