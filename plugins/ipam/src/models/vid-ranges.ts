/**
 * The `vid_ranges` field: a Postgres `int4range[]` written and shown as NetBox's
 * IntegerRangeSerializer does — a list of inclusive `[lower, upper]` pairs — and stored as
 * canonical half-open ranges (`[1,4095)`), so `@>` and `upper - lower` work in SQL.
 */
import { FieldValueError, type FieldSpec } from '@patchbay/core';

/** Parses Postgres' text form of an int4range[] (`{"[1,4095)","[10,21)"}`) into inclusive pairs. */
export function parseRangeArray(value: unknown): [number, number][] {
  // Drivers differ: a text literal, or an array of range literals (or of pairs, for written values).
  if (Array.isArray(value)) {
    return value.flatMap((item): [number, number][] =>
      Array.isArray(item) ? [[Number(item[0]), Number(item[1])]] : parseRangeArray(`{${String(item)}}`));
  }
  if (typeof value !== 'string') return [];
  const out: [number, number][] = [];
  for (const m of value.matchAll(/([[(])(-?\d*),(-?\d*)([\])])/g)) {
    const lower = Number(m[2]) + (m[1] === '(' ? 1 : 0);
    const upper = Number(m[3]) - (m[4] === ')' ? 1 : 0);
    out.push([lower, upper]);
  }
  return out;
}

/** The Postgres literal for inclusive pairs. */
export function rangeArrayLiteral(pairs: [number, number][]): string {
  return `{${pairs.map(([lo, hi]) => `"[${lo},${hi}]"`).join(',')}}`;
}

export function vidRangesField(): FieldSpec {
  return {
    kind: 'json',
    default: '{"[1,4094]"}',
    schema: { type: 'array', items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 } },
    parse(value) {
      if (value === null) throw new FieldValueError(['This field may not be null.']);
      if (!Array.isArray(value)) throw new FieldValueError(['Expected a list of items but got type "' + typeof value + '".']);
      const pairs = value.map((item) => {
        if (!Array.isArray(item) || item.length !== 2) throw new FieldValueError(['Ranges must be specified in the form (lower, upper).']);
        if (!Number.isSafeInteger(item[0]) || !Number.isSafeInteger(item[1]))
          throw new FieldValueError(['Range boundaries must be defined as integers.']);
        return [item[0], item[1]] as [number, number];
      });
      return rangeArrayLiteral(pairs);
    },
    render: (v) => parseRangeArray(v),
  };
}
