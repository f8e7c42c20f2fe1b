import { checkParsed, parseFile, type CheckResult } from './check.js';
import type { ParsedFile } from './program.js';

/**
 * A set of rule files kept between edits, as an editor holds them. An edit re-parses only
 * the changed file; the next `check()` re-checks the rule set from the cached parses.
 */
export class Workspace {
  private readonly files = new Map<string, ParsedFile>();
  private result: CheckResult | undefined;

  /** Adds or replaces a file. Unchanged text is not parsed again. */
  set(path: string, text: string): void {
    if (this.files.get(path)?.source.text === text) return;
    this.files.set(path, parseFile({ path, text }));
    this.result = undefined;
  }

  delete(path: string): void {
    if (this.files.delete(path)) this.result = undefined;
  }

  paths(): string[] {
    return [...this.files.keys()];
  }

  text(path: string): string | undefined {
    return this.files.get(path)?.source.text;
  }

  check(): CheckResult {
    this.result ??= checkParsed([...this.files.values()]);
    return this.result;
  }
}
