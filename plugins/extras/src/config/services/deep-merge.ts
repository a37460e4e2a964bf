/** NetBox's utilities.data.deepmerge and the final merge of ConfigContextModel.get_config_context(). */

type Json = Record<string, unknown>;

const isDict = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Merges `next` into `original` without mutating either: nested dicts merge key by key; anything
 * else (lists, scalars, an empty dict) replaces the earlier value, as NetBox's deepmerge.
 */
export function deepMerge(original: Json, next: Json): Json {
  const merged: Json = { ...original };
  for (const [key, value] of Object.entries(next)) {
    const before = original[key];
    merged[key] = isDict(before) && isDict(value) && Object.keys(value).length > 0 ? deepMerge(before, value) : value;
  }
  return merged;
}

/** The rendered config context: the matching contexts' data in (weight, name) order, then the object's local data. */
export function mergeConfigContext(contexts: readonly unknown[], localContextData: unknown): Json {
  let data: Json = {};
  for (const context of contexts) if (isDict(context)) data = deepMerge(data, context);
  // NetBox merges local data only when it is truthy (a non-empty dict).
  if (isDict(localContextData) && Object.keys(localContextData).length > 0) data = deepMerge(data, localContextData);
  return data;
}
