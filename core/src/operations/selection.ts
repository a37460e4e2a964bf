/** Which fields a read returns: `?brief`, `?fields=`, `?omit=` (NetBox 4.x semantics; `fields` wins). */
import type { Serializer } from '../serializers/define-serializer.js';

const truthy = (v: string | null) => v !== null && v !== '' && !['false', '0', 'False'].includes(v);

export function selectFields(ser: Serializer, params: URLSearchParams): readonly string[] {
  const split = (v: string | null) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const fields = split(params.get('fields'));
  if (fields.length) {
    const chosen = ser.fields.filter((f) => fields.includes(f));
    return chosen.length ? chosen : ['id'];
  }
  const base = truthy(params.get('brief')) ? ser.brief : ser.fields;
  const omit = new Set([...split(params.get('omit')), ...split(params.get('exclude'))]);
  return omit.size ? base.filter((f) => !omit.has(f)) : base;
}
