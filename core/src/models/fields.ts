/**
 * Field kinds: the one place a model says what each of its attributes is. The serializer reads
 * them to render and to parse writes, the filter set to pick lookups, and the OpenAPI generator
 * to describe them — so a field's type is declared once.
 */
import ipaddr from 'ipaddr.js';
import type { ChoiceSet } from '../choices.js';
import type { ModelClass } from './base-model.js';

export type FieldKind =
  | 'string' | 'text' | 'slug' | 'integer' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'json'
  | 'choice' | 'related' | 'many' | 'generic_type' | 'generic_id' | 'generic' | 'cidr' | 'inet'
  | 'int_array' | 'string_array' | 'count' | 'computed' | 'loaded' | 'tags' | 'custom_fields';

/** Thrown by `parse` with the messages for one field. */
export class FieldValueError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join(' '));
  }
}

export interface FieldSpec {
  readonly kind: FieldKind;
  /** Column that stores it; undefined for virtual fields (counts, computed, relations by join). */
  readonly column?: string;
  readonly readOnly?: boolean;
  readonly writeOnly?: boolean;
  /** Must be given on create. */
  readonly required?: boolean;
  readonly nullable?: boolean;
  /** Value used on create when absent (a function is called per object). */
  readonly default?: unknown;
  readonly maxLength?: number;
  readonly min?: number;
  readonly max?: number;
  readonly pattern?: RegExp;
  readonly unique?: boolean;
  readonly choices?: ChoiceSet;
  /** related / many: the model pointed at. */
  readonly target?: () => ModelClass;
  /** related: points at the model that declares it (tree parents); resolved by `targetOf`. */
  readonly selfRef?: boolean;
  /**
   * related / many: the target's fields to show instead of its brief form (NetBox serializers
   * that nest a purpose-made form, e.g. a circuit's `termination_a`). Must be fields of the
   * target's registered serializer.
   */
  readonly nested?: readonly string[];
  /** many: the through table and its two columns. */
  readonly through?: { table: string; from: string; to: string };
  /**
   * related: what happens to this row when the target is deleted. generic: 'cascade' says the
   * plugin's database trigger or delete signal removes this row with the object it points at
   * (NetBox's GenericRelation), so deletes log it like a foreign key cascade.
   */
  readonly onDelete?: 'protect' | 'cascade' | 'set_null';
  /**
   * generic with onDelete 'cascade': which target models take the rows with them — true when the
   * rows go however the target goes (a trigger: also when it goes by cascade with its parent),
   * 'direct' when only a delete of the target itself removes them (a pre/post_delete signal),
   * false when nothing does. Default: true for every allowed type.
   */
  readonly cascadeFrom?: (target: ModelClass) => boolean | 'direct';
  /** generic: the `<x>_type` / `<x>_id` columns; generic_type: the models allowed. */
  readonly typeColumn?: string;
  readonly idColumn?: string;
  readonly allowedTypes?: () => string[];
  /** count: the model counted and its foreign key column pointing back. */
  /** `where`: count only rows with these column values (e.g. a generic relation's `<x>_type`). */
  readonly countOf?: { model: () => ModelClass; column: string; cumulative?: boolean; sum?: string; where?: Record<string, string | number | boolean> };
  /** computed: derives the JSON value from the row. */
  readonly compute?: (row: Record<string, unknown>) => unknown;
  /**
   * loaded: computes the values of a whole page at once (rows → value by row id), for values that
   * need their own queries (a cable's far ends, a device's config context). Runs once per page,
   * never per row; rows missing from the map render `fallback` (default null).
   */
  readonly load?: (ctx: LoadContext, rows: Record<string, unknown>[]) => Promise<Map<number, unknown>>;
  readonly fallback?: unknown;
  /** The OpenAPI schema of the value when its kind does not say it (computed values, custom renderings). */
  readonly schema?: Record<string, unknown>;
  /**
   * The request schema of a read-only field that a write hook reads from the body itself (a
   * cable's ends): request schemas and OPTIONS list it; core never parses it.
   */
  readonly writeSchema?: Record<string, unknown>;
  readonly description?: string;
  /** Validates and normalises a written value (never undefined). Throws FieldValueError. */
  parse?(value: unknown): unknown;
  /** Renders the stored value as JSON. */
  render?(value: unknown): unknown;
}

/** What a `loaded` field's loader gets: the request's database handle and registry. */
export interface LoadContext {
  db: import('knex').Knex;
  registry: import('../registry/registry.js').Registry;
  /** '' renders relative URLs (events, change log). */
  baseUrl: string;
}

type Opts = Partial<Omit<FieldSpec, 'kind'>>;

const isBlank = (v: unknown) => v === null || v === '';

function nullCheck(spec: Opts, value: unknown): value is null {
  if (value === null) {
    if (!spec.nullable) throw new FieldValueError(['This field may not be null.']);
    return true;
  }
  return false;
}

function stringField(kind: FieldKind, opts: Opts): FieldSpec {
  return {
    kind,
    ...opts,
    parse(value) {
      if (nullCheck(opts, value)) return null;
      if (typeof value === 'number' || typeof value === 'boolean') value = String(value);
      if (typeof value !== 'string') throw new FieldValueError(['Not a valid string.']);
      const v = kind === 'text' ? value : value.trim();
      if (v === '' && opts.required) throw new FieldValueError(['This field may not be blank.']);
      if (v === '' && opts.nullable && opts.unique) return null;
      if (opts.maxLength && v.length > opts.maxLength)
        throw new FieldValueError([`Ensure this field has no more than ${opts.maxLength} characters.`]);
      if (kind === 'slug' && v !== '' && !/^[-\w]+$/u.test(v))
        throw new FieldValueError(['Enter a valid “slug” consisting of letters, numbers, underscores or hyphens.']);
      if (opts.pattern && v !== '' && !opts.pattern.test(v)) throw new FieldValueError(['Enter a valid value.']);
      return v;
    },
    render: (v) => (v === undefined ? null : v),
  };
}

function toInteger(value: unknown): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || !Number.isSafeInteger(n))
    throw new FieldValueError(['A valid integer is required.']);
  return n;
}

function rangeCheck(opts: Opts, n: number) {
  if (opts.min !== undefined && n < opts.min)
    throw new FieldValueError([`Ensure this value is greater than or equal to ${opts.min}.`]);
  if (opts.max !== undefined && n > opts.max)
    throw new FieldValueError([`Ensure this value is less than or equal to ${opts.max}.`]);
}

export function parseIpNetwork(value: string, strict: boolean): string {
  const v = value.trim();
  if (!v.includes('/')) throw new FieldValueError([`Enter a valid IPv4 or IPv6 prefix (with mask): ${v}`]);
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  let len: number;
  try {
    [addr, len] = ipaddr.parseCIDR(v);
  } catch {
    throw new FieldValueError([`Enter a valid IPv4 or IPv6 prefix (with mask): ${v}`]);
  }
  if (strict) {
    const network = addr.kind() === 'ipv4'
      ? ipaddr.IPv4.networkAddressFromCIDR(v)
      : ipaddr.IPv6.networkAddressFromCIDR(v);
    if (network.toString() !== addr.toString())
      throw new FieldValueError([`${v} has host bits set; the network is ${network.toString()}/${len}.`]);
    return `${network.toString()}/${len}`;
  }
  return `${addr.toString()}/${len}`;
}

/** Field factories. Options follow NetBox's model field options. */
export const field = {
  string: (opts: Opts = {}): FieldSpec => stringField('string', { maxLength: 200, ...opts }),
  text: (opts: Opts = {}): FieldSpec => stringField('text', { maxLength: undefined, ...opts }),
  slug: (opts: Opts = {}): FieldSpec => stringField('slug', { maxLength: 100, required: true, ...opts }),

  integer: (opts: Opts = {}): FieldSpec => ({
    kind: 'integer',
    ...opts,
    parse(value) {
      if (nullCheck(opts, value)) return null;
      const n = toInteger(value);
      rangeCheck(opts, n);
      return n;
    },
    render: (v) => (v === null || v === undefined ? null : Number(v)),
  }),

  decimal: (opts: Opts & { places?: number } = {}): FieldSpec => ({
    kind: 'decimal',
    ...opts,
    parse(value) {
      if (nullCheck(opts, value)) return null;
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw new FieldValueError(['A valid number is required.']);
      rangeCheck(opts, n);
      return n;
    },
    render: (v) => (v === null || v === undefined ? null : Number(v)),
  }),

  boolean: (opts: Opts = {}): FieldSpec => ({
    kind: 'boolean',
    ...opts,
    parse(value) {
      if (nullCheck(opts, value)) return null;
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'True' || value === 1 || value === '1') return true;
      if (value === 'false' || value === 'False' || value === 0 || value === '0') return false;
      throw new FieldValueError(['Must be a valid boolean.']);
    },
    render: (v) => (v === null || v === undefined ? null : Boolean(v)),
  }),

  date: (opts: Opts = {}): FieldSpec => ({
    kind: 'date',
    ...opts,
    parse(value) {
      if (nullCheck(opts, value)) return null;
      if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
        throw new FieldValueError(['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.']);
      return value;
    },
    render: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? null)),
  }),

  datetime: (opts: Opts = {}): FieldSpec => ({
    kind: 'datetime',
    ...opts,
    parse(value) {
      if (nullCheck(opts, value)) return null;
      if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
        throw new FieldValueError(['Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].']);
      return new Date(value).toISOString();
    },
    // Drivers already hand back Date objects; only strings need parsing.
    render: (v) => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : new Date(v as string).toISOString()),
  }),

  json: (opts: Opts = {}): FieldSpec => ({
    kind: 'json',
    nullable: true,
    ...opts,
    parse(value) {
      if (value === null) {
        if (opts.nullable === false) throw new FieldValueError(['This field may not be null.']);
        return null;
      }
      return JSON.stringify(value);
    },
    render: (v) => (v === undefined ? null : v),
  }),

  choice: (choices: ChoiceSet, opts: Opts = {}): FieldSpec => ({
    kind: 'choice',
    choices,
    ...opts,
    parse(value) {
      if (isBlank(value)) {
        if (opts.required) throw new FieldValueError(['This field may not be blank.']);
        return opts.nullable ? null : '';
      }
      if (typeof value === 'object') throw new FieldValueError(['Value must be passed directly (e.g. "foo": 123); do not use a dictionary or list.']);
      const v = String(value);
      if (!choices.has(v)) throw new FieldValueError([`${JSON.stringify(v)} is not a valid choice.`]);
      return v;
    },
    render(v) {
      if (v === null || v === undefined || v === '') return null;
      const color = choices.color(v);
      return color ? { value: v, label: choices.label(v), color } : { value: v, label: choices.label(v) };
    },
  }),

  /** A foreign key: column `<name>_id`, shown as the target's brief form, written as id or attributes. */
  related: (target: () => ModelClass, opts: Opts = {}): FieldSpec => ({
    kind: 'related', target, onDelete: opts.nullable ? 'set_null' : 'protect', ...opts,
  }),
  /** A foreign key to the declaring model itself (a tree's parent). */
  selfRelated: (opts: Opts = {}): FieldSpec => ({
    kind: 'related', selfRef: true, nullable: true, onDelete: 'cascade', ...opts,
  }),

  /** Many-to-many through a join table; shown as a list of brief objects, written as ids or attributes. */
  many: (target: () => ModelClass, through: { table: string; from: string; to: string }, opts: Opts = {}): FieldSpec => ({
    kind: 'many', target, through, ...opts,
  }),

  /** The `<x>_type` half of a generic relation: an "app.model" label. */
  genericType: (opts: Opts & { allowedTypes?: () => string[] } = {}): FieldSpec => ({
    kind: 'generic_type',
    ...opts,
    parse(value) {
      if (nullCheck(opts, value)) return null;
      if (typeof value !== 'string' || !/^[a-z0-9_]+\.[a-z0-9_]+$/.test(value))
        throw new FieldValueError([`Invalid object type: ${JSON.stringify(value)}. Use "app_label.model".`]);
      return value;
    },
    render: (v) => v ?? null,
  }),
  genericId: (opts: Opts = {}): FieldSpec => field.integer({ min: 0, ...opts, kind: 'generic_id' } as Opts),

  /** The read-only rendered target of a generic relation. */
  generic: (typeColumn: string, idColumn: string, opts: Opts = {}): FieldSpec => ({
    kind: 'generic', typeColumn, idColumn, readOnly: true, nullable: true, ...opts,
  }),

  /** A Postgres `cidr`: a network; host bits must be zero. */
  cidr: (opts: Opts = {}): FieldSpec => ({
    kind: 'cidr',
    ...opts,
    parse(value) {
      if (nullCheck(opts, value)) return null;
      if (typeof value !== 'string') throw new FieldValueError(['Enter a valid IPv4 or IPv6 prefix (with mask).']);
      return parseIpNetwork(value, true);
    },
    render: (v) => v ?? null,
  }),

  /** A Postgres `inet`: an address with its mask. */
  inet: (opts: Opts = {}): FieldSpec => ({
    kind: 'inet',
    ...opts,
    parse(value) {
      if (nullCheck(opts, value)) return null;
      if (typeof value !== 'string') throw new FieldValueError(['Enter a valid IPv4 or IPv6 address with mask.']);
      return parseIpNetwork(value, false);
    },
    render: (v) => v ?? null,
  }),

  intArray: (opts: Opts = {}): FieldSpec => ({
    kind: 'int_array',
    ...opts,
    parse(value) {
      if (nullCheck(opts, value)) return null;
      if (!Array.isArray(value)) throw new FieldValueError(['Expected a list of items.']);
      return value.map((item) => {
        const n = toInteger(item);
        rangeCheck(opts, n);
        return n;
      });
    },
    render: (v) => v ?? null,
  }),

  stringArray: (opts: Opts = {}): FieldSpec => ({
    kind: 'string_array',
    ...opts,
    parse(value) {
      if (nullCheck(opts, value)) return null;
      if (!Array.isArray(value) || value.some((s) => typeof s !== 'string'))
        throw new FieldValueError(['Expected a list of strings.']);
      return value;
    },
    render: (v) => v ?? null,
  }),

  /**
   * A related-object count, computed only when the field is selected. `cumulative` (on a tree
   * model) also counts the objects of every descendant node, as NetBox's `add_related_count(…, cumulative=True)`.
   * `sum` adds up that column of the related rows instead (NetBox's `Sum()` annotations, e.g. a
   * cluster's allocated vCPUs); a sum over no rows, or over NULLs only, is null.
   */
  count: (model: () => ModelClass, column: string, opts: { cumulative?: boolean; sum?: string; schema?: Record<string, unknown>; where?: Record<string, string | number | boolean> } = {}): FieldSpec => ({
    kind: 'count', readOnly: true,
    countOf: {
      ...(opts.cumulative ? { model, column, cumulative: true } : opts.sum ? { model, column, sum: opts.sum } : { model, column }),
      ...(opts.where ? { where: opts.where } : {}),
    },
    ...(opts.schema ? { schema: opts.schema } : {}),
  }),

  /** A read-only value derived from the row. */
  computed: (compute: (row: Record<string, unknown>) => unknown, opts: Opts = {}): FieldSpec => ({
    kind: 'computed', readOnly: true, compute, ...opts,
  }),

  /**
   * A read-only value computed for a whole page in one go (see FieldSpec.load): the loader gets
   * every row of the page and answers a map by id. Give `schema` for the OpenAPI document.
   */
  loaded: (load: NonNullable<FieldSpec['load']>, opts: Opts = {}): FieldSpec => ({
    kind: 'loaded', readOnly: true, load, ...opts,
  }),

  tags: (): FieldSpec => ({ kind: 'tags' }),
  customFields: (): FieldSpec => ({ kind: 'custom_fields', column: 'custom_field_data' }),
};

/** The model a related/many field points at, resolving self references. */
export function targetOf(spec: FieldSpec, owner: ModelClass): ModelClass {
  if (spec.selfRef) return owner;
  if (!spec.target) throw new Error(`field of kind ${spec.kind} has no target`);
  return spec.target();
}

/** The storage column of a field, if it has one. */
export function columnOf(name: string, spec: FieldSpec): string | undefined {
  if (spec.column) return spec.column;
  switch (spec.kind) {
    case 'related': return `${name}_id`;
    case 'many': case 'generic': case 'count': case 'computed': case 'loaded': case 'tags': return undefined;
    default: return name;
  }
}
