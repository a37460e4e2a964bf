/**
 * The `tags` field of every tagged model (NetBox's TaggableModelSerializer): rendered as NetBox's
 * NestedTag for a whole page in one query, written as ids or `{name}`/`{slug}`/`{id}` dicts, saved
 * as the object's complete set (only newly added tags are checked against a tag's object types,
 * as NetBox's m2m_changed `pre_add` check does).
 */
import { FieldValueError, PatchbayError, type FieldProvider, type Knex, type ModelClass } from '@patchbay/core';

interface TagRow { id: number | string; name: string; slug: string; color: string }

/** What `parse` hands to `save`: the wanted set, and whether the object is being created. */
interface ParsedTags { ids: number[]; created: boolean }

/** The attributes a tag can be identified by in a written dict. */
const ATTRS = new Set(['id', 'name', 'slug', 'color', 'description']);

const isId = (v: unknown): v is number | string =>
  (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || (typeof v === 'string' && /^\d{1,15}$/.test(v));

/** Python's type names, as DRF's "Expected a list of items" message shows them. */
function pyType(v: unknown): string {
  if (typeof v === 'string') return 'str';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (typeof v === 'boolean') return 'bool';
  return 'dict';
}

/** NetBox's NestedTag form. */
export function nestedTag(baseUrl: string, t: TagRow): Record<string, unknown> {
  const id = Number(t.id);
  return {
    id, url: `${baseUrl}/api/extras/tags/${id}/`, display_url: `${baseUrl}/extras/tags/${id}/`,
    display: t.name, name: t.name, slug: t.slug, color: t.color,
  };
}

/** A written attribute dict → the id of the one tag it names (NetBox's WritableNestedSerializer wording). */
async function resolveTag(db: Knex, item: unknown): Promise<number> {
  if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
    const attrs = item as Record<string, unknown>;
    const keys = Object.keys(attrs);
    if (!keys.length) throw new FieldValueError(['Related objects must be referenced by numeric ID or by dictionary of attributes.']);
    const notFound = () => new FieldValueError([`Related object not found using the provided attributes: ${JSON.stringify(attrs)}`]);
    const qb = db('extras_tag').select('id').limit(2);
    for (const k of keys) {
      const v = attrs[k];
      if (!ATTRS.has(k)) throw notFound();
      if (k === 'id' ? !isId(v) : typeof v !== 'string' || v.includes('\u0000')) throw notFound();
      // Names and slugs compare regardless of case (NetBox's collations on Tag).
      if (k === 'id') qb.where('id', Number(v));
      else if (k === 'name' || k === 'slug') qb.whereRaw('lower(??) = lower(?)', [k, v as string]);
      else qb.where(k, v as string);
    }
    const hits: { id: number }[] = await qb;
    if (!hits.length) throw notFound();
    if (hits.length > 1) throw new FieldValueError([`Multiple objects match the provided attributes: ${JSON.stringify(attrs)}`]);
    return Number(hits[0]!.id);
  }
  throw new FieldValueError([`Related objects must be referenced by numeric ID or by dictionary of attributes. Received an unrecognized value: ${JSON.stringify(item)}`]);
}

/** Refuses newly added tags restricted to other object types (NetBox's validate_assigned_tags, an AbortRequest → 400 detail). */
async function checkRestrictions(db: Knex, model: ModelClass, added: number[]): Promise<void> {
  if (!added.length) return;
  const [app, name] = model.label.split('.');
  const refused: { name: string }[] = await db('extras_tag as g').select('g.name')
    .whereIn('g.id', added)
    .whereExists((s) => s.select(db.raw('1')).from('extras_tag_object_types as j').whereRaw('j.tag_id = g.id'))
    .whereNotExists((s) => s.select(db.raw('1')).from('extras_tag_object_types as j')
      .join('core_objecttype as ot', 'ot.id', 'j.objecttype_id')
      .whereRaw('j.tag_id = g.id').where({ 'ot.app_label': app, 'ot.model': name }))
    .orderBy('g.name').limit(1);
  if (refused.length) throw new PatchbayError('PB_EXTRAS_TAG_NOT_ALLOWED', 400, { detail: `Tag ${refused[0]!.name} cannot be assigned to ${name} objects.` });
}

export const tagsProvider: FieldProvider = {
  kind: 'tags',
  async load({ db, baseUrl }, model, rows) {
    const ids = rows.map((r) => Number(r.id));
    const out = new Map<number, unknown>(ids.map((id) => [id, []]));
    if (!ids.length) return out;
    const hits: (TagRow & { object_id: string | number })[] = await db('extras_taggeditem as x')
      .join('extras_tag as g', 'g.id', 'x.tag_id')
      .select('x.object_id', 'g.id', 'g.name', 'g.slug', 'g.color')
      .where('x.object_type', model.label)
      .whereRaw('x.object_id = ANY(?::bigint[])', [ids])
      .orderBy(['g.name', 'g.id']);
    for (const h of hits) (out.get(Number(h.object_id)) as unknown[]).push(nestedTag(baseUrl, h));
    return out;
  },
  async parse({ db }, _model, value, existing) {
    if (value === null) throw new FieldValueError(['This field may not be null.']);
    if (!Array.isArray(value)) throw new FieldValueError([`Expected a list of items but got type "${pyType(value)}".`]);
    // Ids are checked together (one query for a list of ids, however long); dicts one by one.
    const given = value.filter(isId).map(Number);
    const known = new Set(given.length ? (await db('extras_tag').whereRaw('id = ANY(?::bigint[])', [given]).pluck('id')).map(Number) : []);
    const ids: number[] = [];
    for (const item of value) {
      if (!isId(item)) ids.push(await resolveTag(db, item));
      else if (known.has(Number(item))) ids.push(Number(item));
      else throw new FieldValueError([`Related object not found using the provided numeric ID: ${item}`]);
    }
    const parsed: ParsedTags = { ids: [...new Set(ids)], created: existing === null };
    return parsed;
  },
  async save({ db }, model, row, parsed) {
    const { ids: wanted, created } = parsed as ParsedTags;
    const where = { object_type: model.label, object_id: row.id as number };
    // A new object has no tags yet: no need to read them.
    const current = new Set(created ? [] : (await db('extras_taggeditem').where(where).pluck('tag_id')).map(Number));
    const added = wanted.filter((id) => !current.has(id));
    const removed = [...current].filter((id) => !wanted.includes(id));
    await checkRestrictions(db, model, added);
    if (removed.length) await db('extras_taggeditem').where(where).whereIn('tag_id', removed).delete();
    if (added.length) await db('extras_taggeditem').insert(added.map((tag_id) => ({ ...where, tag_id })));
  },
  // NetBox's NestedTag and NestedTagRequest (inline: providers add no components).
  schema: {
    read: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          id: { type: 'integer', readOnly: true },
          url: { type: 'string', format: 'uri', readOnly: true },
          display_url: { type: 'string', format: 'uri', readOnly: true },
          display: { type: 'string', readOnly: true },
          name: { type: 'string', maxLength: 100 },
          slug: { type: 'string', pattern: '^[-\\w]+$', maxLength: 100 },
          color: { type: 'string', pattern: '^[0-9a-f]{6}$', maxLength: 6 },
        },
        required: ['display', 'id', 'name', 'slug', 'url'],
      },
    },
    write: {
      type: 'array',
      items: {
        oneOf: [
          { type: 'integer', description: 'A tag id.' },
          {
            type: 'object',
            description: 'Attributes identifying one tag.',
            properties: {
              name: { type: 'string', minLength: 1, maxLength: 100 },
              slug: { type: 'string', minLength: 1, pattern: '^[-\\w]+$', maxLength: 100 },
              color: { type: 'string', minLength: 1, pattern: '^[0-9a-f]{6}$', maxLength: 6 },
            },
          },
        ],
      },
    },
  },
};
