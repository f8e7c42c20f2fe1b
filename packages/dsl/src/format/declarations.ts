import type { SourceDecl } from '../ast/ast.js';
import type { TopLevel } from '../parser/parser.js';
import { enumLines, inputLines, recordLines } from './blocks.js';
import type { Line } from './line.js';
import { discretionLines, ruleLines } from './rules.js';
import { assumptionLine, moduleLine, outputLine, useLine } from './simple-declarations.js';
import type { SourceScanner } from './source-scanner.js';
import { sourceLines } from './sources.js';
import { tableLines } from './tables.js';
import { testLines } from './test-declarations.js';

/**
 * The formatted lines of one top-level item. `sourceNameColumns` holds the name width of
 * the group of each grouped `kilde` line (see sources.ts).
 */
export function declarationLines(node: TopLevel, sourceNameColumns: ReadonlyMap<SourceDecl, number>, source: SourceScanner): Line[] {
  switch (node.kind) {
    case 'Module':
      return [moduleLine(node)];
    case 'Use':
      return [useLine(node)];
    case 'Source':
      return sourceLines(node, sourceNameColumns.get(node), source);
    case 'Assumption':
      return [assumptionLine(node, source)];
    case 'Enum':
    case 'EnumExtension':
      return enumLines(node, source);
    case 'Record':
      return recordLines(node, source);
    case 'Input':
      return inputLines(node, source);
    case 'Output':
      return [outputLine(node)];
    case 'Table':
      return tableLines(node, source);
    case 'Rule':
      return ruleLines(node, source);
    case 'Discretion':
      return discretionLines(node, source);
    case 'Test':
      return testLines(node, source);
    case 'Broken':
      throw new Error('A declaration with syntax errors cannot be formatted');
  }
}
