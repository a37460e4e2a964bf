/**
 * Steps shared by the per-item write path (write.ts) and the set-based bulk create
 * (bulk-create.ts), so both parse bodies and read change messages the same way.
 */
import type { Knex } from 'knex';
import type { RequestCradle } from '../container/cradle.js';
import type { Resource } from '../api/resource.js';
import type { Row } from '../serializers/render.js';
import { parseWrite, isPlainObject, type ParsedWrite } from '../serializers/parse.js';

/** A body's `changelog_message`, if it gives one. */
export function messageOf(body: unknown): string | undefined {
  return isPlainObject(body) && typeof body.changelog_message === 'string' ? body.changelog_message : undefined;
}

/** Parses one body with the resource's write hooks around the generic parse; `extra` is response-only. */
export async function parseWithHooks(
  c: RequestCradle, trx: Knex.Transaction, resource: Resource, body: unknown, prev: Row | null, partial: boolean,
): Promise<{ parsed: ParsedWrite; extra?: Record<string, unknown> }> {
  const hooks = resource.hooks;
  const args = { c, trx, prev, partial };
  const input = hooks?.prepare && isPlainObject(body) ? await hooks.prepare({ ...args, body }) : body;
  const parsed = await parseWrite(resource.serializer, input, { partial, existing: prev, db: trx, registry: c.registry, baseUrl: '' });
  const extra = hooks?.beforeSave && isPlainObject(input) ? await hooks.beforeSave({ ...args, body: input, parsed }) : undefined;
  return { parsed, extra: extra ?? undefined };
}
