/** Search indexes (NetBox's SearchIndex): which fields of a model global search looks at, with weights. */
import { PluginError } from '../errors.js';
import { fieldsOf, type ModelClass } from '../models/base-model.js';

export interface SearchIndex {
  readonly model: ModelClass;
  /** field → weight; lower is more relevant (NetBox uses 50–5000). */
  readonly fields: Readonly<Record<string, number>>;
  /** Extra attributes shown beside a hit. */
  readonly display: readonly string[];
  readonly category?: string;
}

export function defineSearchIndex(
  model: ModelClass,
  opts: { fields: Record<string, number>; display?: string[]; category?: string },
): SearchIndex {
  const known = fieldsOf(model);
  for (const name of Object.keys(opts.fields))
    if (!known[name]) throw new PluginError('PB_SEARCH_INDEX_INVALID', `Search index for ${model.label}: unknown field "${name}".`);
  return Object.freeze({ model, fields: Object.freeze({ ...opts.fields }), display: Object.freeze(opts.display ?? []), category: opts.category });
}
