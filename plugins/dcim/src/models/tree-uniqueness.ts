/**
 * NetBox's conditional unique constraints on trees: a unique-together set with the parent skips
 * roots (NULL parent), so a root's name and slug are checked here, with NetBox's messages
 * ("A top-level region with this name already exists.").
 */
import { ValidationError, type HookContext, type ModelClass } from '@patchbay/core';

/**
 * Checks `name` and `slug` among the other roots — within `scope` (e.g. `site_id` for locations)
 * when given. `what` names the object in the message; `messages` overrides the wording.
 */
export async function rootUniqueness(
  model: ModelClass,
  row: Record<string, unknown>,
  prev: Record<string, unknown> | null,
  ctx: HookContext,
  what: string,
  scope?: string,
  messages?: { name: string; slug: string },
): Promise<void> {
  if (row.parent_id != null) return;
  const errors: string[] = [];
  for (const col of ['name', 'slug'] as const) {
    if (prev && prev.parent_id == null && prev[col] === row[col] && (!scope || prev[scope] === row[scope])) continue;
    const qb = ctx.trx(model.tableName).select('id').whereNull('parent_id').where(col, row[col] as string).limit(1);
    if (scope) qb.where(scope, row[scope] as number);
    if (prev) qb.whereNot('id', prev.id as number);
    if (await qb.first()) errors.push(messages?.[col] ?? `A top-level ${what} with this ${col} already exists.`);
  }
  if (errors.length) throw new ValidationError({ non_field_errors: errors });
}
