/** What later stages read of a map the checker records: lookups by key, nothing else. */
export interface RecordedLookup<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
}

/**
 * Entries per block of a `RecordedMap`. A block stays well under the size (128 kB) from which
 * V8 allocates an array in the old generation at once: an old array that holds young syntax
 * nodes keeps them alive through every minor garbage collection until the next major one,
 * long after the check that made it is over.
 */
const blockSize = 4096;

/**
 * A map that is written once per expression or name while a rule set is checked and read,
 * if at all, afterwards (by the compiler and the editor services). Writes only append to
 * blocks of two arrays; the hash map is built on the first read. Growing a `Map` by tens of
 * thousands of object keys on every check was a sizeable share of the per-keystroke check,
 * whose diagnostics never need it.
 */
export class RecordedMap<K, V> implements RecordedLookup<K, V> {
  private readonly keys: K[][] = [[]];
  private readonly values: V[][] = [[]];
  private map: Map<K, V> | undefined;

  set(key: K, value: V): void {
    if (this.map) {
      this.map.set(key, value);
      return;
    }
    let keys = this.keys[this.keys.length - 1] as K[];
    let values = this.values[this.values.length - 1] as V[];
    if (keys.length === blockSize) {
      this.keys.push((keys = []));
      this.values.push((values = []));
    }
    keys.push(key);
    values.push(value);
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
      this.keys.forEach((keys, block) => {
        const values = this.values[block] as V[];
        for (let i = 0; i < keys.length; i++) map.set(keys[i] as K, values[i] as V);
      });
      this.map = map;
      this.keys.length = 0;
      this.values.length = 0;
    }
    return this.map;
  }
}
