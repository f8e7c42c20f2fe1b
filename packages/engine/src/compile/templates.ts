import { lookupValue, type ParameterSymbol, type Type } from '@lovkode/dsl';
import type { EvalContext } from '../runtime/context';
import { EvaluationError } from '../runtime/errors';
import { Undetermined, type RecordValue, type Value } from '../runtime/values';
import { formatValue } from '../trace/norwegian';
import type { CompileEnv } from './expressions';

type Piece = string | ((ctx: EvalContext, frame: Value[], value: Value) => string);

/**
 * Compiles a `forklaring` template: `{verdi}`, `{parameter}`, `{navn}` and `{navn.felt}`
 * are replaced by the actual values, formatted for a Norwegian reader. The checker has
 * verified the names (LK4011).
 */
export function renderTemplate(
  env: CompileEnv,
  template: string,
  params: readonly ParameterSymbol[],
  ownType?: Type,
): (ctx: EvalContext, frame: Value[], value: Value) => string {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([^{}]*)\}/g)) {
    pieces.push(template.slice(last, match.index));
    last = (match.index ?? 0) + match[0].length;
    pieces.push(placeholder(env, (match[1] ?? '').trim().split('.'), params, ownType));
  }
  pieces.push(template.slice(last));
  return (ctx, frame, value) => pieces.map((p) => (typeof p === 'string' ? p : p(ctx, frame, value))).join('');
}

function placeholder(env: CompileEnv, path: string[], params: readonly ParameterSymbol[], ownType: Type | undefined): Piece {
  const [head = '', ...fields] = path;
  let read: (ctx: EvalContext, frame: Value[], value: Value) => Value;
  let type: Type | undefined;
  const param = params.find((p) => p.name === head);
  if (head === 'verdi') {
    read = (_ctx, _frame, value) => value;
    type = ownType;
  } else if (param) {
    const slot = env.scope.slot(param) as number;
    read = (_ctx, frame) => frame[slot] as Value;
    type = param.type;
  } else {
    const found = lookupValue(env.module, head);
    const symbol = found.kind === 'found' ? found.symbol : undefined;
    if (!symbol || (symbol.kind !== 'rule' && symbol.kind !== 'discretion' && symbol.kind !== 'input')) return `{${path.join('.')}}`;
    const definition = env.linker.definition(symbol);
    read = (ctx) => definition.get(ctx);
    type = symbol.type;
  }
  for (const field of fields) {
    const outer = read;
    read = (ctx, frame, value) => {
      const record = outer(ctx, frame, value);
      return record instanceof Undetermined ? record : ((record as RecordValue)[field] as Value);
    };
    type = type?.kind === 'record' ? type.symbol.fields.get(field)?.type : undefined;
  }
  return (ctx, frame, value) => {
    try {
      return formatValue(read(ctx, frame, value), type);
    } catch (error) {
      // An explanation never makes an evaluation fail (e.g. the guideline of an overridden skjønn).
      if (!(error instanceof EvaluationError)) throw error;
      return `(ikke beregnet: ${error.message})`;
    }
  };
}
