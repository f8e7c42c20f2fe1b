/**
 * Reading a rule file from disk or from git: strictly UTF-8 and within the size limit
 * (`decodeRuleFile` in `@lovkode/dsl`), so a file in another encoding is refused with its
 * LK1009/LK1010 diagnostic instead of being read with replacement characters.
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeRuleFile, formatDiagnostic, ruleFileSizeProblem, type Diagnostic } from '@lovkode/dsl';

/** A rule file that cannot be read as a rule file (not UTF-8, too large); `diagnostic` says where and why. */
export class UnreadableRuleFile extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
    this.name = 'UnreadableRuleFile';
  }
}

/** The text of the rule file `file`, shown as `shown` in diagnostics. File-system errors are thrown as they come. */
export async function readRuleFileText(file: string, shown: string): Promise<string> {
  const tooLarge = ruleFileSizeProblem((await stat(file)).size, shown);
  if (tooLarge) throw new UnreadableRuleFile(tooLarge);
  return decodeRuleBytes(await readFile(file), shown);
}

/** The text of a rule file's bytes (e.g. from `git show`). */
export function decodeRuleBytes(bytes: Uint8Array, shown: string): string {
  const decoded = decodeRuleFile(bytes, shown);
  if (!decoded.ok) throw new UnreadableRuleFile(decoded.diagnostic);
  return decoded.text;
}
