import type { ReviewReport } from './model.js';

/**
 * The review report as JSON Lines (`lovkode diff --format jsonl`), for tools that read a large
 * impact as a stream instead of one document: the first line is the report with each group's
 * `changedCases` replaced by their number (`"kind": "report"`); then one line per changed
 * case (`"kind": "case"`, the fields of `ChangedCase`, with its `group`), in case order.
 * Joined back, the lines give exactly the `--format json` report.
 */
export function renderJsonLines(report: ReviewReport): string {
  const { impact, ...rest } = report;
  const head = {
    kind: 'report',
    ...rest,
    impact: impact && { ...impact, groups: impact.groups.map(({ changedCases, ...group }) => ({ ...group, changedCases: changedCases.length })) },
  };
  const lines = [JSON.stringify(head)];
  for (const group of impact?.groups ?? []) for (const c of group.changedCases) lines.push(JSON.stringify({ kind: 'case', ...c }));
  return `${lines.join('\n')}\n`;
}
