/**
 * How a failing test's actual value came about, in one line, with every value shown by its
 * type through the engine's formatter (`stønad ← behov = 7 990,00 kr, inntekt_regnet_med =
 * 0,00 kr`), never as JSON. The engine's own `tracePath` is plain text for the terminal; the
 * editor reads the typed trace of the same evaluation instead.
 */
import { evaluate, testCaseInput, type Ast, type GeneratedCode, type CompiledRules, type ModuleInfo, type Trace, type TraceStep } from './lib';
import { showValue } from './values';

/**
 * The trace of a test's evaluation (its outputs only), or undefined when it cannot be evaluated.
 * `code`: the holder's generated functions, which made the test's values when it ran.
 */
export function testTraceOf(rules: CompiledRules, module: ModuleInfo, test: Ast.TestDecl, code: GeneratedCode): Trace | undefined {
  const outputs = test.expectations.filter((e): e is Ast.ExpectValue => e.kind === 'ExpectValue' && e.args === undefined).map((e) => e.name.text);
  try {
    const input = testCaseInput(rules.program, module, test, code);
    return evaluate(rules, input, { trace: true, ...(outputs.length > 0 ? { outputs } : {}), ...(test.asOf ? { asOf: test.asOf.value } : {}) }).trace;
  } catch {
    return undefined;
  }
}

/** `output ← used = value, …` from the trace, each value by its type. */
export function typedTracePath(trace: Trace, output: string): string | undefined {
  const id = trace.outputs[output];
  const step = id === undefined ? undefined : trace.steps[id];
  if (!step) return undefined;
  const label = (s: TraceStep) => `${s.name}${s.args ? `(${s.args.map((a, i) => showValue(a, s.argTypes?.[i], trace.types)).join(', ')})` : ''}`;
  const uses = step.uses.map((u) => trace.steps[u]).filter((s): s is TraceStep => s !== undefined);
  const exception = step.definition?.label ? ` [unntak ${step.definition.label}]` : '';
  return `${label(step)}${exception}${uses.length > 0 ? ` ← ${uses.map((s) => `${label(s)} = ${showValue(s.value, s.type, trace.types)}`).join(', ')}` : ''}`;
}
