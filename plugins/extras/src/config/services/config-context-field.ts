/**
 * The real `config_context` of devices and virtual machines, replacing the placeholder their
 * plugins declare: computed for a whole page with one statement (config-context-query.ts), merged
 * in (weight, name) order with the object's local_context_data on top. Not selected
 * (`?exclude=config_context`, `?omit=`, `?brief=`, `?fields=` without it) means not queried.
 */
import { field, type FieldSpec, type Knex } from '@patchbay/core';
import { matchingContexts, type ContextSubject } from './config-context-query.js';
import { mergeConfigContext } from './deep-merge.js';

type Row = Record<string, unknown>;

/**
 * The rendered config context of each row, by id. Objects that match the same contexts and have
 * no local data share one merge (a page of 1,000 devices typically has a few dozen distinct sets).
 */
export async function configContextsOf(db: Knex, subject: ContextSubject, rows: Row[]): Promise<Map<number, Record<string, unknown>>> {
  // Devices have a cluster only when another plugin added dcim_device.cluster_id; the rows say so.
  const hasCluster = subject.kind === 'virtualmachine' || rows.some((r) => 'cluster_id' in r);
  const matches = await matchingContexts(db, subject, rows.map((r) => Number(r.id)), hasCluster);
  const shared = new Map<string, Record<string, unknown>>();
  const out = new Map<number, Record<string, unknown>>();
  for (const r of rows) {
    const ids = matches.ids.get(Number(r.id)) ?? [];
    const local = r.local_context_data;
    const hasLocal = local !== null && typeof local === 'object' && Object.keys(local).length > 0;
    const key = ids.join(',');
    let merged = hasLocal ? undefined : shared.get(key);
    if (!merged) {
      merged = mergeConfigContext(ids.map((id) => matches.data.get(id)), local);
      if (!hasLocal) shared.set(key, merged);
    }
    out.set(Number(r.id), merged);
  }
  return out;
}

/** The `loaded` field spec for a subject's serializer. */
export function configContextField(subject: ContextSubject): FieldSpec {
  return field.loaded((ctx, rows) => configContextsOf(ctx.db, subject, rows), {
    fallback: {},
    schema: { type: 'object', additionalProperties: {}, nullable: true, readOnly: true },
  });
}
