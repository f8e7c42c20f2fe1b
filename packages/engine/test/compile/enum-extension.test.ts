/**
 * `utvid valg` (docs/language.md §5, variants): the members a variant adds exist in an
 * evaluation through the variant only. Its input schema accepts them, the base's does not;
 * `hvis`, `når` and `etter` see them; a table of the base without a row for one fails with
 * the member named, never a silent value.
 */
import { formatDiagnostic } from '@lovkode/dsl';
import { describe, expect, it } from 'vitest';
import { compile, evaluate, EvaluationError, InputError, type CompiledRules } from '../../src/index';
import { inputSchema } from '../../src/schema/input-schema';

const base = `modul utgifter

kilde r1 "Rundskriv"

valg Utgiftsart { husleie, strøm }
type Utgift { art: Utgiftsart, beløp: beløp }

inndata { måned: måned (vurderingstidspunkt), utgifter: liste av Utgift = [] }

utdata boutgifter, andre, arter

tabell andel(art: Utgiftsart): tall  (kilde r1)
  | art     | verdi | kilde |
  | husleie | 1     | r1    |
  | strøm   | 1     | r1    |

regel er_boutgift(u: Utgift): sannhetsverdi  (kilde r1)
  når u.art = husleie så sann
  når u.art = strøm så sann

regel boutgifter: beløp  (kilde r1)
  = sum(u.beløp * andel(u.art) for u i utgifter der er_boutgift(u))

regel andre: beløp  (kilde r1)
  = sum(u.beløp for u i utgifter der hvis u.art = husleie så usann ellers u.art ≠ strøm)

regel arter: liste av Utgiftsart  (kilde r1)
  = liste(u.art for u i utgifter etter u.art synkende)
`;

const variant = `modul buss variant av utgifter

utvid valg Utgiftsart { bussbillett }
`;

function compiled(module: string): CompiledRules {
  const result = compile(
    [
      { path: 'utgifter.lov', text: base },
      { path: 'buss.lov', text: variant },
    ],
    { module },
  );
  if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
  return result.rules;
}

function failure(run: () => unknown): EvaluationError {
  try {
    run();
  } catch (error) {
    if (error instanceof EvaluationError) return error;
    throw error;
  }
  throw new Error('expected an evaluation error');
}

const state = compiled('utgifter');
const buss = compiled('buss');
const withBus = { måned: '2024-03', utgifter: [{ art: 'bussbillett', beløp: '400' }, { art: 'husleie', beløp: '8000' }] };

describe('a variant that adds a member to an enumeration', () => {
  it('the variant accepts the member as input; the base refuses it, naming its own members', () => {
    const error = failure(() => evaluate(state, withBus));
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain('Ugyldig verdi «bussbillett»; tillatte verdier er husleie, strøm');
    const members = (schema: ReturnType<typeof inputSchema>) => (schema['$defs'] as Record<string, { enum?: string[] }>)['Utgiftsart']?.enum;
    expect(members(inputSchema(buss.inputs, { entry: buss.entry }))).toEqual(['husleie', 'strøm', 'bussbillett']);
    expect(members(inputSchema(state.inputs, { entry: state.entry }))).toEqual(['husleie', 'strøm']);
  });

  it('«hvis» and «etter» see the member (ordered after the base members); the trace lists it', () => {
    const result = evaluate(buss, { måned: '2024-03', utgifter: [{ art: 'bussbillett', beløp: '400' }, { art: 'strøm', beløp: '700' }] }, { outputs: ['andre', 'arter'], trace: true });
    expect(result.values).toEqual({ andre: '400.00', arter: ['bussbillett', 'strøm'] });
    expect(result.trace?.types['Utgiftsart']).toEqual({ kind: 'enum', members: ['husleie', 'strøm', 'bussbillett'] });
  });

  it('«når» definitions that cover only the base members apply to none for the new member: a clear error, not a value', () => {
    const error = failure(() => evaluate(buss, withBus, { outputs: ['boutgifter'] }));
    expect(error.code).toBe('LK7001');
  });

  it('a table of the base with no row for the member fails naming it (LK7003), never a silent 0', () => {
    const lookup = failure(() => evaluate(buss, { måned: '2024-03' }, { outputs: [], calls: [{ name: 'andel', args: ['bussbillett'] }] }));
    expect([lookup.code, lookup.message]).toEqual(['LK7003', 'Tabellen «andel» har ingen rad for bussbillett']);
  });
});

describe('an added member read by its label', () => {
  it('in templates and warnings as in the trace: the label the variant gives it', async () => {
    const { renderBegrunnelse } = await import('../../src/trace/begrunnelse');
    const files = [
      {
        path: 'base.lov',
        text: `modul base

kilde r1 "Rundskriv"

valg Art { lønn }
type Post { art: Art, beløp: beløp }

inndata { måned: måned (vurderingstidspunkt), poster: liste av Post = [] }

utdata sum_poster

skjønn brukes(p: Post): beløp  (kilde r1)
  veiledende = p.beløp

regel sum_poster: beløp  (kilde r1)
  = sum(brukes(p) for p i poster)
  forklaring "Postene: {poster}."
`,
      },
      {
        path: 'variant.lov',
        text: `modul variant variant av base

utvid valg Art {
  ## arv etter foreldre
  arv
}
`,
      },
    ];
    const result = compile(files, { module: 'variant' });
    if (!result.ok) throw new Error(result.diagnostics.map(formatDiagnostic).join('\n'));
    const evaluated = evaluate(
      result.rules,
      { måned: '2024-03', poster: [{ art: 'arv', beløp: 100 }], overstyringer: [{ navn: 'brukes', for: [{ art: 'arv', beløp: 100 }], verdi: 50, begrunnelse: 'Halvparten' }] },
      { trace: true },
    );
    const text = renderBegrunnelse(evaluated);
    expect(text).toContain('Postene: art: arv etter foreldre, beløp: 100,00 kr.');
    expect(evaluated.warnings).toEqual(['Skjønnet «brukes» for art: arv etter foreldre, beløp: 100,00 kr er overstyrt til 50,00 kr: Halvparten']);
  });
});
