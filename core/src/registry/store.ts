/** A closed, named store: keys are added during the register phase only, then frozen. */
import { PluginError } from '../errors.js';

export class Store<V> {
  private readonly map = new Map<string, V>();
  private frozen = false;

  constructor(
    readonly name: string,
    private readonly duplicateCode: string,
  ) {}

  register(key: string, value: V, owner?: string): void {
    if (this.frozen) throw new PluginError('PB_REGISTRY_FROZEN', `The ${this.name} store is frozen; register during the register phase.`);
    if (this.map.has(key))
      throw new PluginError(this.duplicateCode, `Duplicate ${this.name} "${key}"${owner ? ` (registered again by ${owner})` : ''}.`);
    this.map.set(key, value);
  }

  /** Replaces an existing entry before the freeze (used to apply extensions). */
  replace(key: string, value: V): void {
    if (this.frozen) throw new PluginError('PB_REGISTRY_FROZEN', `The ${this.name} store is frozen.`);
    if (!this.map.has(key)) throw new PluginError('PB_REGISTRY_UNKNOWN', `Unknown ${this.name} "${key}".`);
    this.map.set(key, value);
  }

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  require(key: string): V {
    const v = this.map.get(key);
    if (v === undefined) throw new PluginError('PB_REGISTRY_UNKNOWN', `Unknown ${this.name} "${key}".`);
    return v;
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  keys(): string[] {
    return [...this.map.keys()];
  }

  values(): V[] {
    return [...this.map.values()];
  }

  entries(): [string, V][] {
    return [...this.map.entries()];
  }

  get size(): number {
    return this.map.size;
  }

  freeze(): void {
    this.frozen = true;
  }

  get isFrozen(): boolean {
    return this.frozen;
  }
}
