/**
 * CustomField.validate() of NetBox: checks one stored value against its field's type and rules,
 * with NetBox's messages. Pure (no database): object ids are resolved before this runs.
 */
import { pyStr, pyType } from './py-format.js';

/** A custom field as the value code needs it: its row plus its choice set's choices. */
export interface CustomFieldDef {
  id: number;
  name: string;
  type: string;
  object_types: string[];
  related_object_type: string | null;
  required: boolean;
  unique: boolean;
  search_weight: number;
  filter_logic: string;
  default: unknown;
  validation_minimum: number | null;
  validation_maximum: number | null;
  validation_regex: string;
  choice_set_id: number | null;
  /** The choice set's name and [value, label] pairs (select types). */
  choice_set_name: string | null;
  choices: [string, string][];
}

/** A value refused by its field; the message is NetBox's text without the field prefix. */
export class CustomFieldValueError extends Error {}

/** The values NetBox treats as "no value" (extras/constants.py CUSTOMFIELD_EMPTY_VALUES). */
export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Compiles a validation regex as Python's `re.match` uses it (anchored at the start only);
 * undefined when JavaScript cannot compile it. Python's named groups `(?P<x>…)` are translated.
 */
export function compileRegex(pattern: string): RegExp | undefined {
  try {
    return new RegExp(`^(?:${pattern.replace(/\(\?P</g, '(?<')})`, 'u');
  } catch {
    return undefined;
  }
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;

function validDate(y: string, m: string, d: string): boolean {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return Number(y) >= 1 && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

function checkRange(cf: CustomFieldDef, n: number): void {
  if (cf.validation_minimum !== null && n < Number(cf.validation_minimum))
    throw new CustomFieldValueError(`Value must be at least ${cf.validation_minimum}`);
  if (cf.validation_maximum !== null && n > Number(cf.validation_maximum))
    throw new CustomFieldValueError(`Value must not exceed ${cf.validation_maximum}`);
}

function checkRegex(cf: CustomFieldDef, value: string): void {
  if (!cf.validation_regex) return;
  const re = compileRegex(cf.validation_regex);
  if (!re || !re.test(value)) throw new CustomFieldValueError(`Value must match regex '${cf.validation_regex}'`);
}

/**
 * Validates a value and returns it as stored: decimals as numbers, booleans as true/false, other
 * values as given. Throws CustomFieldValueError with NetBox's message.
 */
export function validateValue(cf: CustomFieldDef, value: unknown): unknown {
  if (value === null || value === undefined || value === '') {
    if (cf.required) throw new CustomFieldValueError('Required field cannot be empty.');
    return value ?? null;
  }
  switch (cf.type) {
    case 'text': case 'longtext': case 'url':
      if (typeof value !== 'string') throw new CustomFieldValueError('Value must be a string.');
      checkRegex(cf, value);
      return value;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw new CustomFieldValueError('Value must be an integer.');
      checkRange(cf, value);
      return value;
    case 'decimal': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(value) ? Number(value) : NaN;
      if (!Number.isFinite(n)) throw new CustomFieldValueError('Value must be a decimal.');
      checkRange(cf, n);
      return n;
    }
    case 'boolean':
      if (value === true || value === 1) return true;
      if (value === false || value === 0) return false;
      throw new CustomFieldValueError('Value must be true or false.');
    case 'date': {
      const m = typeof value === 'string' ? DATE_RE.exec(value) : null;
      if (!m || !validDate(m[1]!, m[2]!, m[3]!)) throw new CustomFieldValueError('Date values must be in ISO 8601 format (YYYY-MM-DD).');
      return value;
    }
    case 'datetime': {
      const m = typeof value === 'string' ? DATETIME_RE.exec(value) : null;
      if (!m || !validDate(m[1]!, m[2]!, m[3]!) || Number(m[4] ?? 0) > 23 || Number(m[5] ?? 0) > 59 || Number(m[6] ?? 0) > 59)
        throw new CustomFieldValueError('Date and time values must be in ISO 8601 format (YYYY-MM-DD HH:MM:SS).');
      return value;
    }
    case 'select':
      if (!cf.choices.some(([v]) => v === value))
        throw new CustomFieldValueError(`Invalid choice (${pyStr(value)}) for choice set ${cf.choice_set_name}.`);
      return value;
    case 'multiselect': {
      const list = Array.isArray(value) ? value : typeof value === 'string' ? [...value] : [value];
      if (!list.every((item) => cf.choices.some(([v]) => v === item)))
        throw new CustomFieldValueError(`Invalid choice(s) (${pyStr(value)}) for choice set ${cf.choice_set_name}.`);
      return value;
    }
    case 'object':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw new CustomFieldValueError(`Value must be an object ID, not ${pyType(value)}`);
      return value;
    case 'multiobject':
      if (!Array.isArray(value)) throw new CustomFieldValueError(`Value must be a list of object IDs, not ${pyType(value)}`);
      for (const id of value) if (typeof id !== 'number' || !Number.isInteger(id)) throw new CustomFieldValueError(`Found invalid object ID: ${pyStr(id)}`);
      return value;
    default:
      return value;
  }
}
