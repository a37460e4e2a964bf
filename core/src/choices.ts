/** Choice sets: NetBox's ChoiceSet — ordered (value, label, color?) triples with a lookup key. */

export interface Choice {
  value: string;
  label: string;
  color?: string;
}

export interface ChoiceSet {
  /** Registry key, e.g. `acl.AccessList.type`; operators may extend it via FIELD_CHOICES. */
  readonly key: string;
  readonly choices: readonly Choice[];
  has(value: unknown): boolean;
  label(value: unknown): string;
  color(value: unknown): string | undefined;
  values(): string[];
}

/** Builds a frozen ChoiceSet from `[value, label, color?]` tuples. */
export function defineChoices(key: string, entries: readonly (readonly [string, string, string?])[]): ChoiceSet {
  const choices = Object.freeze(
    entries.map(([value, label, color]) => Object.freeze(color ? { value, label, color } : { value, label })),
  );
  const byValue = new Map(choices.map((c) => [c.value, c] as const));
  return Object.freeze({
    key,
    choices,
    has: (value: unknown) => typeof value === 'string' && byValue.has(value),
    label: (value: unknown) => byValue.get(String(value))?.label ?? '',
    color: (value: unknown) => byValue.get(String(value))?.color,
    values: () => choices.map((c) => c.value),
  });
}
