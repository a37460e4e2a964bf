/**
 * Tag filters on every tagged model (NetBox's TagFilter on NetBoxModelFilterSet): `tag` by slug and
 * `tag_id` by id, each given value required (conjoined: `?tag=a&tag=b` means both); `__n` excludes
 * objects carrying any of them. Unknown tags answer 400 as NetBox's choice validation does.
 * (`tag_id` is NetBox 4.3's addition; 4.2 clients never send it.)
 */
import { FilterValueError, featuresOf, method, type FilterDef, type FilterProvider, type Knex, type ModelClass } from '@patchbay/core';

function tagFilter(model: ModelClass, by: 'slug' | 'id'): FilterDef {
  return method(by === 'slug' ? 'text' : 'number', async (qb, values, _lookup, negate, { db }) => {
    const given = [...new Set(values.map(String))];
    const bad = by === 'id' ? given.find((v) => !/^\d{1,18}$/.test(v)) : undefined;
    if (bad !== undefined) throw new FilterValueError(`Select a valid choice. ${bad} is not one of the available choices.`);
    // Slugs match regardless of case (NetBox's case-insensitive collation on Tag.slug).
    const key = (v: unknown) => (by === 'slug' ? String(v).toLowerCase() : String(v));
    const found: { v: unknown; id: unknown }[] = by === 'slug'
      ? await db('extras_tag').select({ v: 'slug', id: 'id' }).whereRaw('lower(slug) = ANY(?)', [given.map(key)])
      : await db('extras_tag').select({ v: 'id', id: 'id' }).whereRaw('id = ANY(?::bigint[])', [given]);
    const known = new Map(found.map((f) => [key(f.v), Number(f.id)]));
    const missing = given.find((v) => !known.has(key(v)));
    if (missing !== undefined) throw new FilterValueError(`Select a valid choice. ${missing} is not one of the available choices.`);
    const tagged = (tagIds: number[]) => (sub: Knex.QueryBuilder) => sub.select('x.object_id').from('extras_taggeditem as x')
      .where('x.object_type', model.label).whereIn('x.tag_id', tagIds);
    // List queries alias the model's table as `t`.
    if (negate) qb.whereNotIn('t.id', tagged([...known.values()]));
    else for (const id of known.values()) qb.whereIn('t.id', tagged([id]));
  }, ['n']);
}

export const tagFilters: FilterProvider = {
  name: 'extras-tags',
  filtersFor(model): Record<string, FilterDef> {
    if (!featuresOf(model).has('tags')) return {};
    return { tag: tagFilter(model, 'slug'), tag_id: tagFilter(model, 'id') };
  },
};
