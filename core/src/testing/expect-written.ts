/**
 * expectWritten: checks that an object as the API shows it matches what was written, the way
 * NetBox's assertInstanceEqual(api=True) does: a foreign key written as an id is shown as a brief
 * object with that id, a choice written as its value is shown as `{value, label}`, an object of
 * attributes matches those attributes of the brief object.
 */
import { expect } from 'vitest';

/** Write-only keys that never appear in a representation. */
export const WRITE_ONLY_KEYS = new Set(['changelog_message']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function matchValue(actual: unknown, written: unknown, where: string): void {
  if (Array.isArray(written)) {
    expect(Array.isArray(actual), `${where} should be a list`).toBe(true);
    const list = actual as unknown[];
    expect(list.length, `${where} length`).toBe(written.length);
    written.forEach((w, i) => matchValue(list[i], w, `${where}[${i}]`));
    return;
  }
  if (isObject(written)) {
    expect(isObject(actual), `${where} should be an object`).toBe(true);
    for (const [k, w] of Object.entries(written)) matchValue((actual as Record<string, unknown>)[k], w, `${where}.${k}`);
    return;
  }
  if (isObject(actual) && written !== null) {
    // A choice ({value, label}) or a related object (brief form, by id).
    if ('value' in actual) return void expect(actual.value, `${where}.value`).toEqual(written);
    if ('id' in actual) return void expect(actual.id, `${where}.id`).toEqual(typeof written === 'string' ? Number(written) : written);
  }
  // A blank choice renders as null.
  if (written === '' && actual === null) return;
  if (typeof written === 'number' && typeof actual === 'string') return void expect(Number(actual), where).toBe(written);
  expect(actual, where).toEqual(written);
}

/** Asserts every written key (write-only ones aside) is present in `actual` and matches. */
export function expectWritten(actual: unknown, written: Record<string, unknown>, where = 'object', writeOnly: readonly string[] = []): void {
  expect(isObject(actual), `${where} should be an object`).toBe(true);
  for (const [key, value] of Object.entries(written)) {
    if (WRITE_ONLY_KEYS.has(key) || writeOnly.includes(key)) continue;
    expect(Object.keys(actual as object), `${where} should show "${key}"`).toContain(key);
    matchValue((actual as Record<string, unknown>)[key], value, `${where}.${key}`);
  }
}
