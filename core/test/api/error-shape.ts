/**
 * Checks that an error body has one of NetBox's shapes, so tests can assert it for any 4xx:
 * `{detail: "…"}`, `{field: ["…"]}` (nested dicts for nested serializers, `non_field_errors`
 * included), or for bulk requests an array with one such object per item (empty when valid).
 */

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function fieldErrorsProblem(body: Record<string, unknown>, path: string, allowEmpty: boolean): string | null {
  const keys = Object.keys(body);
  if (!allowEmpty && keys.length === 0) return `${path || 'body'} is an empty object`;
  for (const k of keys) {
    const v = body[k];
    if (Array.isArray(v)) {
      if (v.length === 0) return `${path}${k} has no messages`;
      if (!v.every((m) => typeof m === 'string' && m.length > 0)) return `${path}${k} holds a non-string message`;
    } else if (isPlainObject(v)) {
      const inner = fieldErrorsProblem(v, `${path}${k}.`, false);
      if (inner) return inner;
    } else return `${path}${k} is neither a list of messages nor a nested error dict`;
  }
  return null;
}

/** Null when `body` is a NetBox-shaped error body, else a description of what is wrong. */
export function errorShapeProblem(body: unknown): string | null {
  if (typeof body === 'string') return `not JSON: ${body.slice(0, 80)}`;
  if (Array.isArray(body)) {
    if (body.length === 0) return 'empty error array';
    for (const [i, item] of body.entries()) {
      if (!isPlainObject(item)) return `item ${i} is not an object`;
      const p = fieldErrorsProblem(item, `[${i}].`, true);
      if (p) return p;
    }
    if (body.every((item) => Object.keys(item as object).length === 0)) return 'bulk error array without any error';
    return null;
  }
  if (!isPlainObject(body)) return `not an object: ${JSON.stringify(body)}`;
  if ('detail' in body) {
    if (typeof body.detail !== 'string' || !body.detail) return 'detail is not a non-empty string';
    if (Object.keys(body).length !== 1) return `detail body has extra keys: ${Object.keys(body).join(', ')}`;
    return null;
  }
  return fieldErrorsProblem(body, '', false);
}
