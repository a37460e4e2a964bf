/**
 * What the available-* routes share: NetBox's result limit, the parent lookup, the parent VRF in
 * brief form, request bodies as a list, and the allocation transaction (advisory lock on the
 * address space, objects created through core's create path as a savepoint, events after commit).
 */
import { ValidationError, fetchRow, type FieldErrors, loadBrief, notFound, type Json, type Knex, type RequestCradle, type Resource } from '@patchbay/core';
import { lockParent } from '../services/advisory-lock.js';

/** NetBox's get_results_limit: `limit` (0 = the maximum), else PAGINATE_COUNT, capped at MAX_PAGE_SIZE. */
export function resultsLimit(c: RequestCradle, query: URLSearchParams): number {
  const raw = query.get('limit');
  let limit = c.config.paginateCount;
  if (raw !== null && /^\s*[+-]?\d+\s*$/.test(raw)) limit = Number(raw) || c.config.maxPageSize;
  if (c.config.maxPageSize) limit = Math.min(limit, c.config.maxPageSize);
  return limit;
}

/** The parent's id from the URL; anything but a positive integer is a 404 (as Django's URL patterns). */
export function parentId(raw: string | undefined): number {
  if (!/^\d{1,18}$/.test(raw ?? '')) throw notFound();
  return Number(raw);
}

/** The parent VRF as NetBox's AvailableIP/AvailablePrefix serializers show it (brief, or null). */
export async function vrfBrief(c: RequestCradle, vrfId: unknown): Promise<Json | null> {
  const vrf = c.registry.models.get('ipam.vrf');
  if (vrfId === null || vrfId === undefined || !vrf) return null;
  const briefs = await loadBrief(vrf, [Number(vrfId)], { db: c.knex, registry: c.registry, baseUrl: c.baseUrl });
  return briefs.get(Number(vrfId)) ?? null;
}

/** The request body as a list of objects; `many` says whether the client sent a list. */
export function bodiesOf(body: unknown): { bodies: Record<string, unknown>[]; many: boolean } {
  const many = Array.isArray(body);
  const list = many ? (body as unknown[]) : [body];
  const errors: FieldErrors[] = list.map((b): FieldErrors =>
    b !== null && typeof b === 'object' && !Array.isArray(b)
      ? {}
      : { non_field_errors: [`Invalid data. Expected a dictionary, but got ${Array.isArray(b) ? 'list' : b === null ? 'null' : typeof b === 'string' ? 'str' : typeof b}.`] },
  );
  if (errors.some((e) => Object.keys(e).length)) throw new ValidationError(many ? errors : errors[0]!);
  return { bodies: list as Record<string, unknown>[], many };
}

type Work<T> = (trx: Knex.Transaction, row: Record<string, unknown>) => Promise<T>;

/**
 * Runs an allocation: locks the address space the new objects go into for the rest of the
 * transaction, re-reads the parent (visible to the user) under that lock, lets `work` pick the
 * values and create the objects inside the transaction, then publishes the request's events once
 * it has committed.
 *
 * The lock is keyed by what is created and the parent's VRF (`lockParent(trx, 'ipam.ipaddress',
 * vrf_id or 0)`), not by the parent alone: a /16 and a /24 inside it hand out the same addresses,
 * so per-parent locks would let two nested parents allocate one address twice. Allocations in
 * different VRFs still run in parallel (NetBox uses one global lock for all of them). Without
 * `creates` (VLAN groups, ASN ranges), the lock is the parent's own.
 */
export async function allocate<T>(c: RequestCradle, parent: Resource, id: number, work: Work<T>): Promise<T>;
export async function allocate<T>(c: RequestCradle, parent: Resource, id: number, creates: 'ipam.ipaddress' | 'ipam.prefix', work: Work<T>): Promise<T>;
export async function allocate<T>(
  c: RequestCradle, parent: Resource, id: number, a: 'ipam.ipaddress' | 'ipam.prefix' | Work<T>, b?: Work<T>,
): Promise<T> {
  const creates = typeof a === 'string' ? a : null;
  const work = (typeof a === 'string' ? b : a)!;
  try {
    const result = await c.knex.transaction(async (trx) => {
      if (!creates) {
        // A parent whose values no other parent hands out (a VLAN group, an ASN range): its own lock.
        await lockParent(trx, parent.model.label, id);
        return work(trx, await fetchRow(c, parent, id, 'view', trx));
      }
      const locked = new Set<number>();
      let row = await fetchRow(c, parent, id, 'view', trx);
      // Lock the parent's VRF space, then re-read it: if its VRF moved meanwhile, lock that one too.
      for (;;) {
        const space = row.vrf_id === null || row.vrf_id === undefined ? 0 : Number(row.vrf_id);
        if (locked.has(space)) break;
        await lockParent(trx, creates, space);
        locked.add(space);
        row = await fetchRow(c, parent, id, 'view', trx);
      }
      return work(trx, row);
    });
    c.eventQueue.flush(c.eventBus);
    return result;
  } catch (err) {
    c.eventQueue.clear();
    throw err;
  }
}
