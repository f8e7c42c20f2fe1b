/** What later stages read of a map the checker records: lookups by key, nothing else. */
export interface RecordedLookup<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
}

/**
 * A map that is written once per expression or name while a rule set is checked and read,
 * if at all, afterwards (by the compiler and the editor services). Writes only append to two
 * arrays; the hash map is built on the first read. Growing a `Map` by tens of thousands of
 * object keys on every check was a sizeable share of the per-keystroke check, whose
 * diagnostics never need it.
 */
export class RecordedMap<K, V> implements RecordedLookup<K, V> {
  private readonly keys: K[] = [];
  private readonly values: V[] = [];
  private map: Map<K, V> | undefined;

  set(key: K, value: V): void {
    if (this.map) {
      this.map.set(key, value);
    } else {
      this.keys.push(key);
      this.values.push(value);
    }
  }

  get(key: K): V | undefined {
    return this.built().get(key);
  }

  has(key: K): boolean {
    return this.built().has(key);
  }

  /** The map, built from the writes in order (a later write of a key wins, as in a `Map`). */
  private built(): Map<K, V> {
    if (!this.map) {
      const map = new Map<K, V>();
      for (let i = 0; i < this.keys.length; i++) map.set(this.keys[i] as K, this.values[i] as V);
      this.map = map;
      this.keys.length = 0;
      this.values.length = 0;
    }
    return this.map;
  }
}
