/**
 * Every value a `forklaring` prints is the value of the expression it names (issue 13,
 * item 1: `{alder_nå}` once printed the first child's age for every child).
 *
 * For every shipped scheme (the social-assistance rules and each variant under kommuner/
 * and reformer/, and barnetrygd) and generated cases, each explanation in the trace is rebuilt from
 * the trace alone: `{verdi}` is the step's own value, a parameter is the step's argument, a
 * value rule or input is that step's value elsewhere in the trace, and a call `f(x)` is the
 * step of `f` with exactly those arguments. The template compiler chose none of these
 * values, so a template that printed another element's value would not match.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, templateParts, type Ast, type LkSymbol, type RuleSource, type Type } from '../../packages/dsl/src/index';
import { population } from '../../packages/cli/src/review/population';
import * as befolkning from '../../rules/befolkning.mjs';
import { fromJson } from '../../packages/engine/src/values/json';
import { compile, evaluate, runtimeFormatter, type JsonValue, type TraceStep } from '../../packages/engine/src/index';

const repo = join(import.meta.dirname, '..', '..');

function ruleFiles(dir: string): RuleSource[] {
  const found: RuleSource[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.lov')) found.push({ path: relative(repo, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(dir);
  return found;
}

const files = ruleFiles(join(repo, 'rules'));
const { program } = check(files);

/** Households with the roles the generated population does not draw: a child born after the first day of the month, young adults in upper secondary school with their own income, cohabitants, adults sharing a dwelling who own their incomes. */
const householdRoles: readonly unknown[] = [
  {
    beregningsmåned: '2024-03',
    sivilstand: 'enslig',
    voksne: [{ fødselsdato: '1980-01-15' }],
    barn: [{ fødselsdato: '2024-03-02' }],
    myndige_barn_i_skole: [{ fødselsdato: '2005-09-10' }],
    inntekter: [{ art: 'lønn', beløp: '2000', tilhører: [{ fødselsdato: '2005-09-10' }] }],
  },
  {
    beregningsmåned: '2024-03',
    sivilstand: 'ektepar_samboere',
    samboere: true,
    voksne: [{ fødselsdato: '1990-01-01' }, { fødselsdato: '1992-02-02' }],
    inntekter: [{ art: 'lønn', beløp: '20000', tilhører: [{ fødselsdato: '1990-01-01' }] }],
  },
  {
    beregningsmåned: '2024-03',
    sivilstand: 'bofellesskap',
    voksne: [{ fødselsdato: '1990-01-01' }, { fødselsdato: '1998-02-02' }],
    utgifter: [{ art: 'husleie', beløp: '10000' }],
    inntekter: [{ art: 'lønn', beløp: '20000', tilhører: [{ fødselsdato: '1990-01-01' }] }, { art: 'trygd', beløp: '3000' }],
  },
];

/** Each scheme's entry modules with the cases it is evaluated on: the social-assistance decision and its variants with generated households, barnetrygd with generated families. */
const entries: Array<{ readonly module: string | undefined; readonly cases: readonly unknown[] }> = [
  ...[undefined, ...[...program.modules.values()].filter((m) => m.variantOf).map((m) => m.name)].map((module) => ({
    module,
    cases: [...population(befolkning, { size: 300, seed: 13, from: '2018-01', to: '2024-12' }), ...householdRoles],
  })),
  { module: 'barnetrygd', cases: barnetrygdCases(300) },
];

/** Families in months whose barnetrygd rates are all verified (March 2019 – December 2021), children of 0–19 years. */
function barnetrygdCases(count: number): unknown[] {
  let state = 20251205;
  const next = (n: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 16) % n;
  };
  const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return Array.from({ length: count }, () => {
    const year = 2019 + next(3);
    const month = year === 2019 ? 3 + next(10) : 1 + next(12);
    const children = Array.from({ length: next(4) }, () => ({ fødselsdato: iso(year - next(20), 1 + next(12), 1 + next(28)) }));
    const single = next(2) === 0;
    return { måned: iso(year, month, 1).slice(0, 7), barn: children, enslig_forsørger: single, rett_til_småbarnstillegg: single && next(2) === 0 };
  });
}

interface Typed {
  readonly json: JsonValue;
  readonly type: Type;
}

/** The rule or `skjønn` declaration a trace step was computed by. */
function declarationOf(step: TraceStep): Ast.RuleDecl | Ast.DiscretionDecl | undefined {
  const file = program.files.find((f) => f.path === step.location?.file);
  const line = step.location?.line;
  return file?.ast.declarations.find(
    (d): d is Ast.RuleDecl | Ast.DiscretionDecl => (d.kind === 'Rule' || d.kind === 'Discretion') && d.name.text === step.name && file.source.positionAt(d.name.span.start).line === line,
  );
}

function symbolOf(name: Ast.Name): LkSymbol | undefined {
  return program.references.get(name);
}

/** The value of a placeholder's expression, found in the trace (never through the template compiler). */
function fromTrace(expr: Ast.Expr, step: TraceStep, decl: Ast.RuleDecl | Ast.DiscretionDecl, steps: readonly TraceStep[]): Typed {
  switch (expr.kind) {
    case 'Reference': {
      const symbol = symbolOf(expr.name);
      const own = program.declarations.get(decl.name);
      if (symbol?.kind === 'variable' && symbol.boundBy === 'explanation' && (own?.kind === 'rule' || own?.kind === 'discretion')) return { json: step.value, type: own.type };
      if (symbol?.kind === 'parameter') {
        const index = (decl.params ?? []).findIndex((p) => p.name.text === symbol.name);
        return { json: (step.args ?? [])[index] as JsonValue, type: symbol.type };
      }
      if (symbol?.kind === 'rule' || symbol?.kind === 'discretion' || symbol?.kind === 'input') {
        const named = steps.find((s) => s.name === symbol.name && s.kind === symbol.kind && s.args === undefined);
        if (!named) throw new Error(`no step for «${symbol.name}» in the trace`);
        return { json: named.value, type: symbol.type };
      }
      throw new Error(`the oracle does not know the placeholder «${expr.name.text}»`);
    }
    case 'MemberAccess': {
      const object = fromTrace(expr.object, step, decl, steps);
      const field = object.type.kind === 'record' ? object.type.symbol.fields.get(expr.member.text) : undefined;
      if (!field) throw new Error(`no field «${expr.member.text}»`);
      return { json: (object.json as Record<string, JsonValue>)[expr.member.text] as JsonValue, type: field.type };
    }
    case 'Call': {
      const symbol = expr.callee.kind === 'Reference' ? symbolOf(expr.callee.name) : undefined;
      if (symbol?.kind !== 'rule') throw new Error('the oracle knows calls of rules only');
      const args = expr.args.map((a) => fromTrace(a, step, decl, steps).json);
      const called = steps.find((s) => s.name === symbol.name && JSON.stringify(s.args) === JSON.stringify(args));
      if (!called) throw new Error(`no step for «${symbol.name}(${JSON.stringify(args)})»`);
      return { json: called.value, type: symbol.type };
    }
    default:
      throw new Error(`the oracle does not know a placeholder of kind ${expr.kind}`);
  }
}

describe('explanation templates print the values they name', () => {
  const shipped = program.files.flatMap((f) =>
    f.ast.declarations.filter((d) => (d.kind === 'Rule' || d.kind === 'Discretion') && (d.explanation?.placeholders.length ?? 0) > 0).map((d) => `${f.path}:${(d as Ast.RuleDecl).name.text}`),
  );

  it('for every shipped scheme and variant, 300 cases each; every shipped template is exercised', { timeout: 30_000 }, () => {
    const seen = new Set<string>();
    let compared = 0;
    for (const entry of entries) {
      const compiled = compile(files, entry.module ? { module: entry.module } : {});
      if (!compiled.ok) throw new Error(`${entry.module}: ${compiled.diagnostics[0]?.message}`);
      for (const household of entry.cases) {
        const result = evaluate(compiled.rules, household, { trace: true });
        const steps = result.trace?.steps ?? [];
        for (const step of steps) {
          if (step.explanation === undefined) continue;
          const decl = declarationOf(step);
          if (!decl?.explanation) throw new Error(`no declaration for the step «${step.name}»`);
          const file = program.files.find((f) => f.path === step.location?.file)!;
          const expected = templateParts(decl.explanation, file.source.text)
            .map((part) => {
              if (typeof part === 'string') return part;
              const { json, type } = fromTrace(part.expr!, step, decl, steps);
              // An undetermined input to the sentence reads «ikke fastsatt»; its reason is shown with its own step.
              const undetermined = typeof json === 'object' && json !== null && !Array.isArray(json) && 'ubestemt' in json;
              return undetermined ? 'ikke fastsatt' : runtimeFormatter(type)(fromJson(json, type));
            })
            .join('');
          expect(step.explanation, `${file.path} ${step.name}(${JSON.stringify(step.args ?? [])})`).toBe(expected);
          seen.add(`${file.path}:${decl.name.text}`);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    expect(shipped.filter((t) => !seen.has(t))).toEqual([]);
  });
});
