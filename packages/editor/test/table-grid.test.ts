import { describe, expect, it } from 'vitest';
import { addTablePeriod, editTableCell } from '../src/worker/table-grid';
import { format } from '@lovkode/dsl';

const text = format(`modul satser

kilde r1 "Rundskriv 1"
kilde r2 "Rundskriv 2"

valg K { a, b }

tabell sats(k: K): beløp
  | fra        |   a |   b | kilde |
  | 2023-01-01 | 100 | 200 | r1    |
  | 2024-01-01 | 110 | 220 | r1    |
  | 2025-01-01 | ukjent "Ikke registrert" |

regel x: beløp  (kilde r1)
  = sats(a)
`);

/** The text with an edit's range replaced by its text. */
function applied(source: string, result: ReturnType<typeof editTableCell>): string {
  if ('error' in result) throw new Error(result.error);
  const lines = source.split('\n');
  const offset = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const r = result.edit.range;
  return source.slice(0, offset(r.line, r.column)) + result.edit.newText + source.slice(offset(r.endLine, r.endColumn));
}

describe('rate tables edited as a grid', () => {
  it('writes a cell and aligns the table again, changing nothing else', () => {
    const after = applied(text, editTableCell(text, 'satser.lov', 'sats', 2, 1, '1 110'));
    expect(after).toContain('  | 2024-01-01 | 1 110 | 220 | r1    |');
    expect(after).toContain('  | 2023-01-01 |   100 | 200 | r1    |');
    expect(format(after)).toBe(after);
    expect(after.replace(/\s+/g, ' ')).toBe(text.replace('| 110 |', '| 1 110 |').replace(/\s+/g, ' '));
  });

  it('refuses a cell that would not parse, or would make another cell, with the reason', () => {
    const unparsed = editTableCell(text, 'satser.lov', 'sats', 2, 1, '"uavsluttet');
    expect('error' in unparsed ? unparsed.error : '').toMatch(/^«"uavsluttet» kan ikke stå der: /);
    const split = editTableCell(text, 'satser.lov', 'sats', 2, 1, '1 | 2');
    expect('error' in split ? split.error : '').toBe('En celle kan ikke inneholde «|» eller linjeskift');
  });

  it('adds a period: the latest known rates, the day and source asked for, in date order', () => {
    const later = applied(text, addTablePeriod(text, 'satser.lov', 'sats', '2026-01-01', 'r2'));
    expect(later).toContain('  | 2025-01-01 | ukjent "Ikke registrert" |\n  | 2026-01-01 | 110 | 220 | r2    |\n');
    const between = applied(text, addTablePeriod(text, 'satser.lov', 'sats', '2024-07-01', 'r2'));
    expect(between).toContain('  | 2024-01-01 | 110 | 220 | r1    |\n  | 2024-07-01 | 110 | 220 | r2    |\n  | 2025-01-01 |');
  });
});
