/**
 * Trees (regions, site groups, tenant groups, locations…). NetBox uses MPTT; we keep a
 * materialised path instead: `_path` is the array of ancestor ids ending with the node's own id,
 * GIN-indexed, so "this node and everything below it" is one indexed statement
 * (`_path @> ARRAY[id]`) and `_depth` is the path's length minus one.
 */
import { ValidationError } from '../errors.js';
import { field } from './fields.js';
import { NetBoxModel, type FieldMap, type HookContext } from './base-model.js';

export class NestedGroupModel extends NetBoxModel {
  static override features = ['tree'];
  static override ordering = ['_path'];
  static override fields: FieldMap = {
    parent: field.selfRelated(),
    name: field.string({ maxLength: 100, required: true }),
    slug: field.slug(),
    description: field.string({ maxLength: 200, default: '' }),
    comments: field.text({ default: '' }),
    _depth: field.computed((row) => (Array.isArray(row._path) ? row._path.length - 1 : 0), { schema: { type: 'integer' } }),
  };

  static override async clean(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    if (!prev || row.parent_id == null) return;
    if (row.parent_id === prev.id) throw ValidationError.field('parent', 'Cannot assign self as parent.');
    const parent = await ctx.trx(this.tableName).select('_path').where('id', row.parent_id).first();
    if (parent && (parent._path as number[]).map(Number).includes(Number(prev.id)))
      throw ValidationError.field('parent', 'Cannot assign a child object as the parent.');
  }

  /** Sets this node's path and, when its parent changed, rewrites every descendant's path in one statement. */
  static override async afterSave(row: Record<string, unknown>, prev: Record<string, unknown> | null, ctx: HookContext) {
    if (prev && prev.parent_id === row.parent_id && prev._path) return;
    const table = this.tableName;
    const id = Number(row.id);
    let path: number[] = [id];
    if (row.parent_id != null) {
      const parent = await ctx.trx(table).select('_path').where('id', row.parent_id).first();
      path = [...(parent._path as unknown[]).map(Number), id];
    }
    if (!prev) {
      await ctx.trx(table).update({ _path: path }).where('id', id);
      row._path = path;
      return;
    }
    const oldLength = (prev._path as unknown[] | null)?.length ?? 1;
    await ctx.trx.raw(
      `UPDATE ?? SET _path = ?::bigint[] || _path[? + 1:] WHERE _path @> ARRAY[?]::bigint[]`,
      [table, path, oldLength, id],
    );
    row._path = path;
  }
}
