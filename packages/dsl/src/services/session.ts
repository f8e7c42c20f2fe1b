import type { CheckResult } from '../check/check.js';
import { occurrenceIndex, type OccurrenceIndex } from './occurrences.js';

/**
 * One check of a rule set as the editor services see it, and the owner of what they derive
 * from it. Whoever holds the check result makes one session for it and passes it to every
 * service request (the editor's worker and the language server: one per check of their
 * workspace; a test: one per `check`), and drops it with the check result. The check result
 * does not change, so what is derived from it is built once and stays right as long as the
 * session lives.
 *
 * It owns the occurrence index (every name's symbol, by file and by symbol), which hover,
 * go-to-definition, references and rename share: building it walks every file of the rule
 * set (5–14 ms on the shipped rules), while a hover that finds it built takes 0.06 ms. It is
 * built at the first request that needs it, so a session used only for completion and the
 * outline never builds it. See docs/editors.md, "What the services keep".
 */
export class ServiceSession {
  private index: OccurrenceIndex | undefined;

  constructor(readonly result: CheckResult) {}

  /** Every occurrence of every symbol of the checked rule set. */
  occurrences(): OccurrenceIndex {
    this.index ??= occurrenceIndex(this.result.program);
    return this.index;
  }
}
