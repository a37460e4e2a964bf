/**
 * `?filter=<slug>` and `?filter_id=<id>` on any list endpoint (NetBox's BaseFilterSet): each
 * referenced saved filter's parameters are merged into the request's — appended to a parameter
 * the request already has, set otherwise — and the list is filtered with the result.
 *
 * NetBox 4.2 silently ignores a reference it cannot find; Patchbay answers 400 instead (a saved
 * filter that is missing, not visible to the user, disabled, or for another object type), so a
 * client never mistakes an unfiltered list for a filtered one.
 */
import { ValidationError, type ListParameter, type RequestCradle } from '@patchbay/core';

interface SavedFilterRow {
  id: number;
  slug: string;
  user_id: number | null;
  enabled: boolean;
  shared: boolean;
  parameters: unknown;
  labels: string[] | null;
}

/** The referenced saved filters, NetBox's order (weight, name). */
async function loadReferenced(c: RequestCradle, slugs: string[], ids: number[]): Promise<SavedFilterRow[]> {
  return c.knex('extras_savedfilter as t')
    .select('t.id', 't.slug', 't.user_id', 't.enabled', 't.shared', 't.parameters')
    .select(c.knex.raw(`array(select o.app_label || '.' || o.model from extras_savedfilter_object_types j
      join core_objecttype o on o.id = j.objecttype_id where j.savedfilter_id = t.id) as labels`))
    .where((w) => {
      if (slugs.length) w.orWhereIn('t.slug', slugs);
      if (ids.length) w.orWhereIn('t.id', ids);
    })
    .orderBy([{ column: 't.weight' }, { column: 't.name' }]);
}

/** Checks one referenced filter; the message for the parameter that named it, or null. */
function problem(sf: SavedFilterRow | undefined, ref: string, c: RequestCradle, label: string): string | null {
  const visible = sf && (sf.shared || (c.user !== null && Number(sf.user_id) === Number(c.user.id)));
  if (!sf || !visible) return `Saved filter "${ref}" does not exist.`;
  if (!sf.enabled) return `Saved filter "${ref}" is disabled.`;
  if (!(sf.labels ?? []).includes(label)) return `Saved filter "${ref}" does not apply to ${label} objects.`;
  return null;
}

/** A stored parameter value as query values (lists repeat the parameter, as a QueryDict). */
function asValues(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => (v === null ? 'null' : typeof v === 'object' ? JSON.stringify(v) : String(v)));
}

export const savedFilterParameter: ListParameter = {
  name: 'extras.saved_filter',
  params: ['filter', 'filter_id'],
  openapi: [
    { name: 'filter', description: 'Apply the saved filter with this slug (repeatable).', schema: { type: 'string' } },
    { name: 'filter_id', description: 'Apply the saved filter with this ID (repeatable).', schema: { type: 'integer' } },
  ],
  async prepare(c, resource, params) {
    const slugs = params.getAll('filter');
    const rawIds = params.getAll('filter_id');
    if (!slugs.length && !rawIds.length) return params;
    const badId = rawIds.find((v) => !/^\d{1,18}$/.test(v));
    if (badId !== undefined) throw new ValidationError({ filter_id: [`“${badId}” is not a valid value.`] });
    const ids = rawIds.map(Number);
    const found = await loadReferenced(c, slugs, ids);
    const label = resource.model.label;
    const errors: Record<string, string[]> = {};
    for (const slug of slugs) {
      const msg = problem(found.find((f) => f.slug === slug), slug, c, label);
      if (msg) (errors.filter ??= []).push(msg);
    }
    for (const id of ids) {
      const msg = problem(found.find((f) => Number(f.id) === id), String(id), c, label);
      if (msg) (errors.filter_id ??= []).push(msg);
    }
    if (Object.keys(errors).length) throw new ValidationError(errors);

    const out = new URLSearchParams(params);
    out.delete('filter');
    out.delete('filter_id');
    for (const sf of found) {
      const parameters = typeof sf.parameters === 'string' ? JSON.parse(sf.parameters) : sf.parameters;
      for (const [key, value] of Object.entries(parameters as Record<string, unknown>)) {
        // Present in the request (or an earlier filter): appended; otherwise set.
        for (const v of asValues(value)) out.append(key, v);
      }
    }
    return out;
  },
};
