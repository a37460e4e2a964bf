/**
 * Renders a page's custom field values as NetBox's CustomFieldsDataField does: every field of the
 * model (null when unset), object values as the related model's brief form. Related objects are
 * loaded once per related type for the whole page.
 */
import { loadBrief, type Json, type Knex, type Registry } from '@patchbay/core';
import type { CustomFieldDef } from './validate-value.js';

type Row = Record<string, unknown>;

const DATETIME_RE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,6})?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** Python's `datetime.fromisoformat(v).isoformat()` as DRF renders it (UTC as `Z`). */
export function renderDatetime(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const m = DATETIME_RE.exec(value);
  if (!m) return value;
  const [, date, hh = '00', mi = '00', ss = '00', frac = '', zone] = m;
  let tz = '';
  if (zone) {
    const z = zone.toUpperCase() === 'Z' ? '+00:00' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    tz = z === '+00:00' ? 'Z' : z;
  }
  const micro = frac ? `.${frac.slice(1).padEnd(6, '0')}` : '';
  return `${date}T${hh}:${mi}:${ss}${micro}${tz}`;
}

/** The custom_field_data of a row as an object (drivers hand back parsed jsonb; be lenient with text). */
export function dataOf(row: Row): Record<string, unknown> {
  const raw = row.custom_field_data;
  if (typeof raw === 'string') {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  return raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
}

/** Renders every row's custom fields; `registry` finds the related models' serializers. */
export async function renderValues(db: Knex, registry: Registry | undefined, baseUrl: string, defs: CustomFieldDef[], rows: Row[]): Promise<Map<number, unknown>> {
  // Ids of related objects per related type, across the whole page.
  const wanted = new Map<string, Set<number>>();
  for (const cf of defs) {
    if ((cf.type !== 'object' && cf.type !== 'multiobject') || !cf.related_object_type) continue;
    const ids = wanted.get(cf.related_object_type) ?? new Set<number>();
    wanted.set(cf.related_object_type, ids);
    for (const row of rows) {
      const v = dataOf(row)[cf.name];
      for (const id of Array.isArray(v) ? v : [v]) if (typeof id === 'number' && Number.isSafeInteger(id)) ids.add(id);
    }
  }
  const briefs = new Map<string, Map<number, Json>>();
  for (const [label, ids] of wanted) {
    const target = registry?.models.get(label);
    if (!target || !registry || ids.size === 0) continue;
    briefs.set(label, await loadBrief(target, [...ids], { db, registry, baseUrl }));
  }
  const out = new Map<number, unknown>();
  for (const row of rows) {
    const data = dataOf(row);
    const json: Record<string, unknown> = {};
    for (const cf of defs) {
      const v = data[cf.name] ?? null;
      if (v === null) json[cf.name] = null;
      else if (cf.type === 'object') json[cf.name] = briefs.get(cf.related_object_type ?? '')?.get(Number(v)) ?? null;
      else if (cf.type === 'multiobject') {
        const found = briefs.get(cf.related_object_type ?? '');
        json[cf.name] = Array.isArray(v) ? v.map((id) => found?.get(Number(id))).filter((b) => b !== undefined) : null;
      } else if (cf.type === 'datetime') json[cf.name] = renderDatetime(v);
      else json[cf.name] = v;
    }
    out.set(Number(row.id), json);
  }
  return out;
}
