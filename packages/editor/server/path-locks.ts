/**
 * One save at a time per file: `run(key, task)` starts `task` when every earlier task for
 * the same key has finished. The locks belong to the object that holds them (one per
 * middleware), and a key is forgotten as soon as nothing waits on it.
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

  /** How many keys have a task running or waiting (0 when idle). */
  get busy(): number {
    return this.tails.size;
  }
}
