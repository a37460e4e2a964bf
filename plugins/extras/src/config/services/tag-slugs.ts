/**
 * A config context's `tags` are written as slugs (NetBox's SlugRelatedField, many=True): each item
 * names a tag by slug, and the first that names none fails with DRF's message. The generic parse
 * then receives the tags' ids.
 */
import { ValidationError, type ResourceDefinition } from '@patchbay/core';

type Hooks = NonNullable<ResourceDefinition['hooks']>;

export const configContextHooks: Hooks = {
  async prepare({ trx, body }) {
    if (!Array.isArray(body.tags)) return body;
    const slugs: string[] = [];
    for (const item of body.tags) {
      if (typeof item !== 'string' && typeof item !== 'number') throw ValidationError.field('tags', 'Invalid value.');
      slugs.push(String(item));
    }
    const found: { id: unknown; slug: string }[] = slugs.length ? await trx('extras_tag').select('id', 'slug').whereIn('slug', slugs) : [];
    const bySlug = new Map(found.map((t) => [t.slug, Number(t.id)]));
    const missing = slugs.find((s) => !bySlug.has(s));
    if (missing !== undefined) throw ValidationError.field('tags', `Object with slug=${missing} does not exist.`);
    return { ...body, tags: slugs.map((s) => bySlug.get(s)!) };
  },
};
