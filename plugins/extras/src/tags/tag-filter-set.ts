/** NetBox's TagFilterSet: by attributes, by the types a tag is applied to or may be applied to. */
import { defineFilterSet, method, type Knex } from '@patchbay/core';
import { Tag } from './tag.js';

const LABEL = `ot.app_label || '.' || ot.model`;

/** Tags applied to objects of the given types (as labels or core_objecttype ids). */
function appliedTo(by: 'label' | 'id') {
  return method(by === 'label' ? 'text' : 'number', (qb: Knex.QueryBuilder, values: unknown[], _lookup: string, negate: boolean) => {
    const sub = (s: Knex.QueryBuilder) => {
      s.select('x.tag_id').from('extras_taggeditem as x');
      if (by === 'label') s.whereIn('x.object_type', values.map(String));
      else s.whereRaw(`x.object_type IN (SELECT ${LABEL} FROM core_objecttype ot WHERE ot.id = ANY(?::bigint[]))`, [values as number[]]);
    };
    if (negate) qb.whereNotIn('t.id', sub);
    else qb.whereIn('t.id', sub);
  }, []);
}

/** Tags restricted to the given object type ids (`object_types`, with `__n`). */
const restrictedTo = method('number', (qb: Knex.QueryBuilder, values: unknown[], _lookup: string, negate: boolean) => {
  const sub = (s: Knex.QueryBuilder) => s.select('j.tag_id').from('extras_tag_object_types as j').whereIn('j.objecttype_id', values as number[]);
  if (negate) qb.whereNotIn('t.id', sub);
  else qb.whereIn('t.id', sub);
}, ['n']);

/** Tags that may be applied to the given types: restricted to one of them, or not restricted at all. */
const assignableTo = method('number', (qb: Knex.QueryBuilder, values: unknown[], _lookup: string, negate: boolean) => {
  const build = (w: Knex.QueryBuilder) => w
    .whereIn('t.id', (s: Knex.QueryBuilder) => s.select('j.tag_id').from('extras_tag_object_types as j').whereIn('j.objecttype_id', values as number[]))
    .orWhereRaw('NOT EXISTS (SELECT 1 FROM extras_tag_object_types k WHERE k.tag_id = t.id)');
  if (negate) qb.whereNot(build);
  else qb.where(build);
}, []);

export const tagFilterSet = defineFilterSet(Tag, {
  fields: {
    name: 'text', slug: 'text', color: 'text', description: 'text',
    content_type: appliedTo('label'),
    content_type_id: appliedTo('id'),
    for_object_type_id: assignableTo,
    object_types: restrictedTo,
  },
  search: ['name', 'slug', 'description'],
});
