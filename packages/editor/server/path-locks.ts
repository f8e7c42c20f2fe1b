/**
 * One save at a time per file: `run(key, task)` starts `task` when every earlier task for
 * the same key has finished. The locks belong to the object that holds them (one per
 * middleware), and a key is forgotten as soon as nothing waits on it. `runAll` holds the
 * locks of several files for one change set.
 */
export class PathLocks {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const finished = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => finished);
    this.tails.set(key, tail);
    await previous;
    try {
      return await task();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /**
   * Runs `task` holding the locks of all `keys` at once. The locks are taken one by one in
   * sorted order, so two such runs over overlapping keys never wait on each other in a circle.
   */
  async runAll<T>(keys: readonly string[], task: () => Promise<T>): Promise<T> {
    const [first, ...rest] = [...new Set(keys)].sort();
    if (first === undefined) return task();
    return this.run(first, () => this.runAll(rest, task));
  }

  /** How many keys have a task running or waiting (0 when idle). */
  get busy(): number {
    return this.tails.size;
  }
}
