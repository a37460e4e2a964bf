/**
 * The `width` filter of racks and rack types. Width is an integer choice (stored as smallint), so
 * exact values are checked against the choices and compared as integers, while NetBox's text
 * lookups (`width__ic=9`, `width__isw=1`…) compare its decimal text.
 */
import { ValidationError, method, type FilterDef } from '@patchbay/core';
import { RackWidthChoices } from '../choices.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function rackWidthFilter(): FilterDef {
  return method('text', (qb, values, lookup, negate) => {
    const strings = values.map(String);
    const build = (w: typeof qb) => {
      if (lookup === '') {
        for (const v of strings)
          if (!RackWidthChoices.has(v)) throw new ValidationError({ width: [`Select a valid choice. ${v} is not one of the available choices.`] });
        w.whereRaw('t.width = ANY(?::int[])', [strings.map(Number)]);
        return;
      }
      w.where((o) => {
        for (const v of strings) {
          if (lookup === 'ie') o.orWhereRaw('t.width::text = ?', [v]);
          else if (lookup === 'ic') o.orWhereRaw('t.width::text ILIKE ?', [`%${escapeLike(v)}%`]);
          else if (lookup === 'isw') o.orWhereRaw('t.width::text ILIKE ?', [`${escapeLike(v)}%`]);
          else if (lookup === 'iew') o.orWhereRaw('t.width::text ILIKE ?', [`%${escapeLike(v)}`]);
        }
      });
    };
    if (negate) qb.whereNot(build);
    else qb.where(build);
  }, ['n', 'ic', 'nic', 'ie', 'nie', 'isw', 'nisw', 'iew', 'niew']);
}
