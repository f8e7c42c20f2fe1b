import type * as A from '../ast/ast.js';
import type { CheckContext, Env } from './context.js';
import { checkExpr, expectType } from './expressions.js';
import { checkCalendarLiteral } from './literals.js';
import { lookupValue, visibleModules, type ModuleInfo } from './program.js';
import { env, resolveCitations } from './rules.js';
import { suggest } from './suggest.js';
import type { DiscretionSymbol, InputSymbol, LkSymbol } from './symbols.js';

/** Checks the tests of a module (docs/language.md §12). */
export function checkTests(ctx: CheckContext, module: ModuleInfo, tests: readonly A.TestDecl[], asOf: InputSymbol | undefined): void {
  const names = new Map<string, A.TestDecl>();
  const inputs = visibleInputs(module);
  for (const test of tests) {
    const first = names.get(test.name.value);
    if (first) {
      ctx.report('LK6007', module, test.name.span, `En annen test heter også «${test.name.value}»`, {
        related: [ctx.related(module, first.name.span, 'den første står her')],
      });
    } else {
      names.set(test.name.value, test);
    }
    checkTest(ctx, module, test, inputs, asOf);
  }
}

function visibleInputs(module: ModuleInfo): InputSymbol[] {
  const inputs: InputSymbol[] = [];
  for (const m of visibleModules(module)) for (const value of m.values.values()) if (value.kind === 'input') inputs.push(value);
  return inputs;
}

function checkTest(ctx: CheckContext, module: ModuleInfo, test: A.TestDecl, inputs: readonly InputSymbol[], asOf: InputSymbol | undefined): void {
  const scope = env(ctx, module, undefined);
  if (test.asOf) checkCalendarLiteral(ctx, module, test.asOf);
  checkTestCitations(ctx, module, test);
  const given = new Set<InputSymbol>();
  for (const assignment of test.givens) {
    const found = lookupValue(module, assignment.name.text);
    if (found.kind !== 'found' || found.symbol.kind !== 'input') {
      ctx.report('LK6002', module, assignment.name.span, `«${assignment.name.text}» er ikke et inndatafelt`, {
        hint: inputs.length > 0 ? `Inndatafeltene er: ${inputs.map((i) => i.name).join(', ')}.` : 'Modulen ser ingen inndata; mangler det en «bruk …»?',
      });
      checkExpr(scope, assignment.value);
      continue;
    }
    ctx.refer(assignment.name, found.symbol);
    given.add(found.symbol);
    expectType(scope, assignment.value, found.symbol.type, `verdien for «${assignment.name.text}»`);
  }
  const expectsError = test.expectations.some((e) => e.kind === 'ExpectError');
  const missing = inputs.filter((i) => !i.optional && !given.has(i) && !(i.asOf && test.asOf));
  if (missing.length > 0 && !expectsError) {
    ctx.report('LK6003', module, test.name.span, `Testen gir ikke verdi for ${missing.map((m) => `«${m.name}»`).join(', ')}`, {
      hint: 'Påkrevde inndatafelt må stå etter «gitt», med mindre testen forventer en feil.',
    });
  }
  if (!test.asOf && !(asOf && given.has(asOf)) && !expectsError) {
    ctx.report('LK6006', module, test.name.span, 'Testen sier ikke hvilken dato den gjelder', {
      hint: asOf ? `Gi «${asOf.name}» en verdi.` : 'Skriv «per 2024-03-01» etter testnavnet, eller merk et inndatafelt som vurderingstidspunkt.',
    });
  }
  for (const override of test.overrides) {
    const found = lookupValue(module, override.name.text);
    if (found.kind !== 'found' || found.symbol.kind !== 'discretion') {
      ctx.report('LK6004', module, override.name.span, `«${override.name.text}» er ikke et skjønn som kan overstyres`);
      checkExpr(scope, override.value);
    } else {
      ctx.refer(override.name, found.symbol);
      checkOverrideArguments(scope, override, found.symbol);
      expectType(scope, override.value, found.symbol.type, 'den overstyrte verdien');
    }
    if (!override.reason || override.reason.value.trim() === '') {
      ctx.report('LK6005', module, override.span, `Overstyringen av «${override.name.text}» mangler begrunnelse`, {
        hint: 'Skriv begrunnelse "…" etter verdien: hvorfor skjønnet gir et annet resultat enn veiledningen.',
      });
    }
  }
  for (const expectation of test.expectations) {
    if (expectation.kind === 'ExpectError') continue;
    const found = lookupValue(module, expectation.name.text);
    const symbol = found.kind === 'found' ? found.symbol : undefined;
    if (!symbol) {
      ctx.report('LK6001', module, expectation.name.span, `«${expectation.name.text}» ${found.kind === 'ambiguous' ? 'er tvetydig' : 'finnes ikke'}`, {
        hint: (found.kind === 'missing' ? suggest(expectation.name.text, expectable(module)) : undefined) ?? 'Etter «forvent» står navnet på en regel uten parametre eller et skjønn.',
      });
      checkExpr(scope, expectation.value);
      continue;
    }
    if (expectation.args) {
      checkCallExpectation(scope, expectation, symbol, expectation.args);
      continue;
    }
    if (!((symbol.kind === 'rule' || symbol.kind === 'discretion') && !symbol.params)) {
      const params = symbol.kind === 'rule' || symbol.kind === 'discretion' || symbol.kind === 'table' ? symbol.params : undefined;
      ctx.report('LK6001', module, expectation.name.span, `«${expectation.name.text}» er ikke et resultat testen kan forvente`, {
        hint: params
          ? `«${expectation.name.text}» har parametre: skriv forvent ${expectation.name.text}(${params.map((p) => p.name).join(', ')}) = …`
          : 'Etter «forvent» står en regel, et skjønn eller et oppslag i en tabell.',
      });
      checkExpr(scope, expectation.value);
      continue;
    }
    ctx.refer(expectation.name, symbol);
    expectType(scope, expectation.value, symbol.type, 'den forventede verdien');
  }
}

/**
 * `forvent f(a, b) = v`: a rule with parameters or a table lookup, tested directly with
 * constant arguments of the parameters' types (LK6001 for anything else, LK3005 for the count).
 */
function checkCallExpectation(scope: Env, expectation: A.ExpectValue, symbol: LkSymbol, args: readonly A.Expr[]): void {
  const { ctx, module } = scope;
  const params = (symbol.kind === 'rule' || symbol.kind === 'discretion' || symbol.kind === 'table') && symbol.params ? symbol.params : undefined;
  if (!params || (symbol.kind !== 'rule' && symbol.kind !== 'discretion' && symbol.kind !== 'table')) {
    ctx.report('LK6001', module, expectation.name.span, `«${expectation.name.text}» har ingen parametre og kan ikke kalles i testen`, {
      hint: `Skriv forvent ${expectation.name.text} = …`,
    });
    for (const arg of args) checkExpr(scope, arg);
    checkExpr(scope, expectation.value);
    return;
  }
  ctx.refer(expectation.name, symbol);
  if (args.length !== params.length) {
    ctx.report('LK3005', module, expectation.span, `«${symbol.name}» tar ${params.length} argument${params.length === 1 ? '' : 'er'}, men testen gir ${args.length}`, {
      hint: `Skriv forvent ${symbol.name}(${params.map((p) => p.name).join(', ')}) = …`,
    });
  }
  args.forEach((arg, i) => {
    const param = params[i];
    if (param) expectType(scope, arg, param.type, `argumentet «${param.name}»`);
    else checkExpr(scope, arg);
  });
  expectType(scope, expectation.value, symbol.type, 'den forventede verdien');
}

/**
 * `overstyr barnets_behov(b) = …`: a `skjønn` assessed per element is overridden for the
 * element its arguments name (their count and types checked, LK3005/LK3001); one for the
 * whole case takes no arguments (LK6004).
 */
function checkOverrideArguments(scope: Env, override: A.OverrideDecl, symbol: DiscretionSymbol): void {
  const { ctx, module } = scope;
  const params = symbol.params;
  if (!params) {
    if (override.args) ctx.report('LK6004', module, override.name.span, `Skjønnet «${symbol.name}» vurderes for hele saken og overstyres uten argumenter`);
    for (const arg of override.args ?? []) checkExpr(scope, arg);
    return;
  }
  const args = override.args ?? [];
  if (args.length !== params.length) {
    ctx.report('LK3005', module, override.span, `Skjønnet «${symbol.name}» vurderes for hvert ${params.map((p) => p.name).join(', ')}; overstyringen må si hvilket`, {
      hint: `Skriv overstyr ${symbol.name}(${params.map((p) => p.name).join(', ')}) = … begrunnelse "…"`,
    });
  }
  args.forEach((arg, i) => {
    const param = params[i];
    if (param) expectType(scope, arg, param.type, `argumentet «${param.name}»`);
    else checkExpr(scope, arg);
  });
}

/** `test "…" (kilde …)`: the provisions a test checks; a test has a date (`per`), not a period (LK2030). */
function checkTestCitations(ctx: CheckContext, module: ModuleInfo, test: A.TestDecl): void {
  resolveCitations(ctx, module, test.annotation);
  const validity = test.annotation?.validity;
  if (validity) {
    ctx.report('LK2030', module, validity.span, 'En test har ingen gyldighetsperiode', {
      hint: 'Skriv datoen testen gjelder med «per» etter testnavnet, og bare kildene i parentesen: test "…" per 2024-03-01 (kilde stl18).',
    });
  }
}

/** The names a test of `module` can expect: rules, `skjønn` and tables it sees. */
function expectable(module: ModuleInfo): string[] {
  const names: string[] = [];
  for (const m of visibleModules(module)) {
    for (const [name, symbol] of m.values) if (symbol.kind === 'rule' || symbol.kind === 'discretion' || symbol.kind === 'table') names.push(name);
  }
  return names;
}
