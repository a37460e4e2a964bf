/** Per-user preferences (NetBox's UserConfig): a JSON document, read whole and deep-merged on update. */
import type { Knex } from 'knex';

type JsonObject = Record<string, unknown>;

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** NetBox's deepmerge: nested objects merge key by key; anything else replaces. */
export function deepMerge(base: JsonObject, update: JsonObject): JsonObject {
  const out: JsonObject = { ...base };
  for (const [k, v] of Object.entries(update)) out[k] = isObject(v) && isObject(out[k]) ? deepMerge(out[k] as JsonObject, v) : v;
  return out;
}

export async function loadUserConfig(knex: Knex, userId: number): Promise<JsonObject> {
  const row = await knex('users_userconfig').select('data').where('user_id', userId).first();
  return isObject(row?.data) ? row.data : {};
}

/** Merges `update` into the stored config under a row lock, so concurrent updates both land. */
export async function mergeUserConfig(knex: Knex, userId: number, update: JsonObject): Promise<JsonObject> {
  return knex.transaction(async (trx) => {
    await trx('users_userconfig').insert({ user_id: userId, data: '{}' }).onConflict('user_id').ignore();
    const row = await trx('users_userconfig').select('data').where('user_id', userId).forUpdate().first();
    const data = deepMerge(isObject(row?.data) ? row.data : {}, update);
    await trx('users_userconfig').update({ data: JSON.stringify(data) }).where('user_id', userId);
    return data;
  });
}
