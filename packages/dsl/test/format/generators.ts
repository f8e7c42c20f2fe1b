import fc from 'fast-check';

/**
 * fast-check generators of rule files that parse without errors: declarations and
 * expressions from the grammar (docs/language.md §13) as token lists, laid out with random
 * space, line breaks, blank lines and comments wherever the lexical rules allow them.
 */

/** Where a token may stand relative to the start of a line. */
type LineStart =
  /** Must be first on its line: a declaration keyword that starts a declaration, a row's `|`. */
  | 'required'
  /** May be first on its line or not. */
  | 'allowed'
  /** Must not be first on its line: a declaration keyword inside a declaration, a cell's `|`. */
  | 'never';

interface Token {
  readonly text: string;
  readonly lineStart: LineStart;
}

type Tokens = readonly Token[];

const token = (text: string): Token => ({ text, lineStart: 'allowed' });
const starting = (text: string): Token => ({ text, lineStart: 'required' });
const inline = (text: string): Token => ({ text, lineStart: 'never' });
const tokens = (...texts: string[]): Token[] => texts.map(token);

/** Joins token lists with a separator token between them. */
function separated(parts: readonly Tokens[], separator: string): Token[] {
  return parts.flatMap((part, index) => (index === 0 ? [...part] : [token(separator), ...part]));
}

const maybe = (arbitrary: fc.Arbitrary<Tokens>): fc.Arbitrary<Tokens> => fc.option(arbitrary, { nil: [] as Tokens });

// ─── Lexical pieces ──────────────────────────────────────────────────────────

const names = ['a', 'b', 'x1', 'sats', 'beløp', 'barn', '_tmp', 'Æra', 'første_dag', 'veiledende_sats', 'liste', 'é2', 'kildeX', 'inntekt_regnet_med_etter_første_ledd'];
const typeNames = ['dato', 'beløp', 'tall', 'Barn', 'Sivilstand', 'sannhetsverdi'];

const name = fc.constantFrom(...names);
const qualifiedName = fc.array(name, { minLength: 1, maxLength: 3 }).map((parts) => separated(parts.map((p) => [token(p)]), '.'));
const numberText = fc.constantFrom('0', '7', '42', '007', '12 600', '1 234 567', '0,5', '1 234,75', '3,80');
const dateText = fc.constantFrom('2022-09-01', '2023-07-01', '2024-01-01', '2024-02-29');
const monthText = fc.constantFrom('2024-03', '2025-01');
const textPiece = fc
  .array(fc.constantFrom('a', 'Ø', ' ', '§', '{verdi}', '\\"', '\\\\', '#', '|', 'regel', ','), { maxLength: 5 })
  .map((parts) => `"${parts.join('')}"`);
const text = fc.array(textPiece, { minLength: 1, maxLength: 3 }).map((pieces) => pieces.map(token));

// ─── Expressions ─────────────────────────────────────────────────────────────

/** A generated expression; `operand` is false when it needs parentheses as an operand. */
interface Expression {
  readonly tokens: Tokens;
  readonly operand: boolean;
}

const primary = (t: Tokens): Expression => ({ tokens: t, operand: true });
const compound = (t: Tokens): Expression => ({ tokens: t, operand: false });
const asOperand = (e: Expression): Tokens => (e.operand ? e.tokens : [token('('), ...e.tokens, token(')')]);

const atom: fc.Arbitrary<Expression> = fc.oneof(
  numberText.map((n) => primary([token(n)])),
  numberText.map((n) => primary([token(n), token('kr')])),
  fc.tuple(numberText, fc.constantFrom('dag', 'dager', 'måned', 'måneder', 'år')).map(([n, unit]) => primary([token(n), token(unit)])),
  dateText.map((d) => primary([token(d)])),
  monthText.map((m) => primary([token(m)])),
  fc.constantFrom('sann', 'usann').map((b) => primary([token(b)])),
  text.map(primary),
  maybe(text).map((reason) => primary([token('ubestemt'), ...reason])),
  name.map((n) => primary([token(n)])),
);

const binaryOperators = ['+', '-', '−', '*', '×', '/', '=', '≠', '!=', '<', '<=', '≤', '>', '>=', '≥', 'i', 'og', 'eller'];

const { full } = fc.letrec<{ expression: Expression; compound: Expression; full: Tokens }>((tie) => {
  const expr = tie('expression');
  /** An expression where any expression may stand, sometimes in redundant parentheses. */
  const fullExpr = tie('full');
  const list = <T>(arbitrary: fc.Arbitrary<T>, maxLength = 3) => fc.array(arbitrary, { maxLength });
  const fields = list(fc.tuple(name, fullExpr)).map((fs) => separated(fs.map(([n, v]) => [token(n), token(':'), ...v]), ','));
  return {
    expression: fc.oneof({ depthSize: 'small', maxDepth: 4 }, atom, tie('compound')),
    full: fc.tuple(expr, fc.nat(4)).map(([e, n]) => (n === 0 ? [token('('), ...e.tokens, token(')')] : e.tokens)),
    compound: fc.oneof(
      fc.tuple(fc.constantFrom('-', '−', 'ikke'), expr).map(([op, e]) => compound([token(op), ...asOperand(e)])),
      // A `=` first on its line begins a definition, so the comparison `=` never starts a line.
      fc.tuple(expr, fc.constantFrom(...binaryOperators), expr).map(([l, op, r]) => compound([...asOperand(l), op === '=' ? inline(op) : token(op), ...asOperand(r)])),
      fc.tuple(expr, name).map(([e, n]) => primary([...asOperand(e), token('.'), token(n)])),
      fc.tuple(expr, list(fullExpr)).map(([callee, args]) => primary([...asOperand(callee), token('('), ...separated(args, ','), token(')')])),
      fc
        .tuple(
          name,
          fullExpr,
          name,
          fullExpr,
          maybe(fullExpr.map((f) => [token('der'), ...f])),
          maybe(fc.tuple(fullExpr, fc.boolean()).map(([key, descending]) => [token('etter'), ...key, ...(descending ? [token('synkende')] : [])])),
        )
        .map(([f, body, v, source, filter, ordering]) =>
          primary([token(f), token('('), ...body, token('for'), token(v), token('i'), ...source, ...filter, ...ordering, token(')')]),
        ),
      expr.map((e) => primary([...asOperand(e), token('%')])),
      // A date after `per` is a postfix expression: anything longer is in parentheses.
      fc.tuple(expr, expr).map(([lookup, date]) => primary([...asOperand(lookup), token('per'), token('('), ...date.tokens, token(')')])),
      fc.tuple(fullExpr, fullExpr, fullExpr).map(([c, t, o]) => compound([token('hvis'), ...c, token('så'), ...t, token('ellers'), ...o])),
      fc
        .tuple(fc.array(fc.tuple(fullExpr, fullExpr), { minLength: 2, maxLength: 4 }), fullExpr)
        .map(([branches, otherwise]) =>
          compound([...branches.flatMap(([c, t], i) => [...(i > 0 ? [token('ellers')] : []), token('hvis'), ...c, token('så'), ...t]), token('ellers'), ...otherwise]),
        ),
      fc.tuple(list(fullExpr), fc.boolean()).map(([items, trailing]) =>
        primary([token('['), ...separated(items, ','), ...(trailing && items.length > 0 ? [token(',')] : []), token(']')]),
      ),
      fc.tuple(fc.option(name, { nil: undefined }), fields, fc.boolean()).map(([typeName, body, trailing]) =>
        primary([...(typeName ? [token(typeName)] : []), token('{'), ...body, ...(trailing && body.length > 0 ? [token(',')] : []), token('}')]),
      ),
    ),
  };
});

// ─── Declarations ────────────────────────────────────────────────────────────

const type: fc.Arbitrary<Tokens> = fc.letrec<{ type: Tokens }>((tie) => ({
  type: fc.oneof(
    { maxDepth: 2 },
    fc.constantFrom(...typeNames).map((n) => [token(n)]),
    fc.tuple(fc.constantFrom('felles', 'satser'), fc.constantFrom(...typeNames)).map(([m, n]) => tokens(m, '.', n)),
    tie('type').map((t) => [token('liste'), token('av'), ...t]),
  ),
})).type;

const validity = fc
  .tuple(dateText, fc.option(dateText, { nil: undefined }))
  .map(([from, to]) => [...tokens('gjelder', 'fra', from), ...(to ? tokens('til', to) : [])]);
/** `ledd 3` or `ledd 3 punktum 1` after a source (docs/law-text.md). */
const place = fc.constantFrom('1', '3', '12').chain((ledd) =>
  maybe(fc.constantFrom('1', '2').map((p) => tokens('punktum', p))).map((punktum) => [...tokens('ledd', ledd), ...punktum]),
);
const citedSource = fc.tuple(name, maybe(place)).map(([n, p]) => [token(n), ...p]);
const annotation = fc.oneof(
  fc
    .tuple(fc.array(citedSource, { minLength: 1, maxLength: 3 }), maybe(validity.map((v) => [token(','), ...v])))
    .map(([sources, v]) => [token('('), inline('kilde'), ...separated(sources, ','), ...v, token(')')]),
  validity.map((v) => [token('('), ...v, token(')')]),
);
const params = fc
  .array(fc.tuple(name, type), { maxLength: 3 })
  .map((ps) => [token('('), ...separated(ps.map(([n, t]) => [token(n), token(':'), ...t]), ','), token(')')]);
const field = fc
  .tuple(name, type, maybe(fc.array(name, { minLength: 1, maxLength: 2 }).map((os) => [token('('), ...separated(os.map((o) => [token(o)]), ','), token(')')])), maybe(full.map((v) => [token('='), ...v])), fc.boolean())
  .map(([n, t, options, value, comma]) => [token(n), token(':'), ...t, ...options, ...value, ...(comma ? [token(',')] : [])]);
const fieldBlock = fc.array(field, { maxLength: 4 }).map((fs) => [token('{'), ...fs.flat(), token('}')]);
const conditionalDefinition = fc.tuple(full, full).map(([c, v]) => [token('når'), ...c, token('så'), ...v]);
const definition = fc.oneof(full.map((v) => [token('='), ...v]), conditionalDefinition);
/**
 * The base definitions of a rule. Only the first may be `= …`: the parser reads `= …` after
 * a definition as a comparison continuing that definition's value, which is a syntax error
 * when what follows `=` is not an operand (e.g. `= hvis …`).
 */
const baseDefinitions = fc
  .tuple(definition, fc.array(conditionalDefinition, { maxLength: 2 }))
  .map(([first, rest]) => [...first, ...rest.flat()]);
const explanation = text.map((t) => [token('forklaring'), ...t]);
/** The keyword of a declaration that `erstatt` may precede. */
const replaceable = (keyword: string) =>
  fc.boolean().map((replaces) => (replaces ? [starting('erstatt'), inline(keyword)] : [starting(keyword)]));

const cell = fc.oneof(
  maybe(text).map((message) => [token('ukjent'), ...message]),
  fc.constantFrom([token('fra')], [token('til')], [inline('kilde')]),
  full,
  fc.constant([] as Tokens),
);
const row = fc
  .array(cell, { minLength: 1, maxLength: 5 })
  .chain((cells) => fc.boolean().map((closed) => [starting('|'), ...cells.flatMap((c, i) => (i === 0 ? c : [inline('|'), ...c])), ...(closed ? [inline('|')] : [])]));

const sourceCheck = dateText.map((d) => [starting('kontrollert'), token(d), token('<https://lovdata.no/dokument/NL/lov/2009-12-18-131>')]);
const sentence = fc
  .tuple(fc.constantFrom('1', '2', '3'), fc.constantFrom('1', '2'), fc.boolean(), text, maybe(annotation))
  .map(([ledd, punktum, unknown, t, a]) => [starting('ledd'), token(ledd), ...tokens('punktum', punktum), ...(unknown ? [token('ukjent')] : []), ...t, ...a]);

const declaration: fc.Arbitrary<Tokens> = fc.oneof(
  fc
    .tuple(name, text, fc.option(fc.constantFrom('<https://lovdata.no/lov/§18>', '<http://x.no>'), { nil: undefined }), maybe(sourceCheck), fc.array(sentence, { maxLength: 3 }))
    .map(([n, t, url, check, sentences]) => [starting('kilde'), token(n), ...t, ...(url ? [token(url)] : []), ...check, ...sentences.flat()]),
  fc.tuple(name, text, maybe(annotation)).map(([n, t, a]) => [starting('antakelse'), token(n), ...t, ...a]),
  fc
    .tuple(name, fc.array(name, { minLength: 1, maxLength: 20 }), fc.boolean())
    .map(([n, members, comma]) => [starting('valg'), token(n), token('{'), ...separated(members.map((m) => [token(m)]), ','), ...(comma ? [token(',')] : []), token('}')]),
  fc
    .tuple(name, fc.array(name, { minLength: 1, maxLength: 20 }), fc.boolean(), maybe(annotation))
    .map(([n, members, comma, a]) => [
      starting('utvid'),
      inline('valg'),
      token(n),
      token('{'),
      ...separated(members.map((m) => [token(m)]), ','),
      ...(comma ? [token(',')] : []),
      token('}'),
      ...a,
    ]),
  fc.tuple(name, fieldBlock).map(([n, block]) => [starting('type'), token(n), ...block]),
  fc.tuple(fc.option(name, { nil: undefined }), fieldBlock).map(([n, block]) => [starting('inndata'), ...(n ? [token(n)] : []), ...block]),
  fc.array(name, { minLength: 1, maxLength: 4 }).map((ns) => [starting('utdata'), ...separated(ns.map((n) => [token(n)]), ',')]),
  fc
    .tuple(replaceable('tabell'), name, params, type, maybe(annotation), fc.array(row, { maxLength: 4 }))
    .map(([keyword, n, p, t, a, rows]) => [...keyword, token(n), ...p, token(':'), ...t, ...a, ...rows.flat()]),
  fc
    .tuple(
      replaceable('regel'),
      name,
      maybe(params),
      type,
      maybe(annotation),
      baseDefinitions,
      fc.array(fc.tuple(name, maybe(name.map((p) => tokens('til', p))), maybe(annotation), definition), { maxLength: 3 }),
      maybe(explanation),
    )
    .map(([keyword, n, p, t, a, definitions, exceptions, e]) => [
      ...keyword,
      token(n),
      ...p,
      token(':'),
      ...t,
      ...a,
      ...definitions,
      ...exceptions.flatMap(([label, parent, ea, d]) => [token('unntak'), token(label), ...parent, ...ea, ...d]),
      ...e,
    ]),
  fc
    .tuple(replaceable('skjønn'), name, maybe(params), type, maybe(annotation), full, maybe(explanation))
    .map(([keyword, n, p, t, a, guideline, e]) => [...keyword, token(n), ...p, token(':'), ...t, ...a, token('veiledende'), token('='), ...guideline, ...e]),
  fc
    .tuple(
      text,
      maybe(fc.oneof(dateText, monthText).map((d) => tokens('per', d))),
      maybe(annotation),
      fc.array(fc.tuple(fc.boolean(), name, full), { maxLength: 4 }),
      fc.array(fc.tuple(name, maybe(fc.array(full, { maxLength: 3 }).map((args) => [token('('), ...separated(args, ','), token(')')])), full, maybe(text.map((t) => [token('begrunnelse'), ...t]))), { maxLength: 2 }),
      fc.array(fc.oneof(maybe(text).map((m) => [token('forvent'), token('feil'), ...m]), fc.tuple(name, maybe(fc.array(full, { maxLength: 3 }).map((args) => [token('('), ...separated(args, ','), token(')')])), full).map(([n, args, v]) => [token('forvent'), token(n), ...args, token('='), ...v])), { maxLength: 3 }),
    )
    .map(([t, per, a, givens, overrides, expectations]) => [
      starting('test'),
      ...t,
      ...per,
      ...a,
      ...givens.flatMap(([comma, n, v], i) => [...(i === 0 ? [token('gitt')] : comma ? [token(',')] : []), token(n), token('='), ...v]),
      ...overrides.flatMap(([n, args, v, reason]) => [token('overstyr'), token(n), ...args, token('='), ...v, ...reason]),
      ...expectations.flat(),
    ]),
);

const moduleDecl = fc
  .tuple(qualifiedName, maybe(qualifiedName.map((q) => [token('variant'), token('av'), ...q])))
  .map(([n, variant]) => [starting('modul'), ...n, ...variant]);
const useDecl = qualifiedName.map((q) => [starting('bruk'), ...q]);

/** The tokens of a whole file: the module, its imports and declarations. */
const fileTokens = fc
  .tuple(moduleDecl, fc.array(useDecl, { maxLength: 2 }), fc.array(declaration, { maxLength: 6 }))
  .map(([m, uses, declarations]) => [...m, ...uses.flat(), ...declarations.flat()]);

// ─── Layout ──────────────────────────────────────────────────────────────────

const comments = [' kommentar', ' slutt med mellomrom  ', '', '#', ' | ikke en rad', ' "ikke tekst', ' regel ikke_en_deklarasjon', '\tmed tab', '# dobbel'];
const docComments = [' Dokumentasjon.', ' Andre linje.'];

/** Tokens that may touch without space between them: punctuation that cannot merge with a neighbour. */
const touching = new Set(['(', ')', '[', ']', '{', '}', ':', '.', '%', '|']);

function separator(previous: Token, next: Token, choice: number): string {
  const pick = (options: readonly string[]): string => options[choice % options.length] as string;
  const comment = pick(comments);
  switch (next.lineStart) {
    case 'required':
      return pick(['\n', '\n\n', '\n\n\n  ', `\n#${comment}\n`, `\n##${pick(docComments)}\n`, `  #${comment}\n`, '\r\n', '\n\t', `\n\n##${pick(docComments)}\n##${comment}\n`]);
    case 'allowed': {
      const glued = touching.has(previous.text) || touching.has(next.text) ? [''] : [];
      const spaces = [' ', ' ', ' ', ' ', ' ', ' ', ' ', '  ', '\t'];
      return pick([...spaces, '\n  ', '\n    ', '\n\n    ', '\r\n ', `  #${comment}\n    `, `\n  ##${pick(docComments)}\n  `, ...glued, ...glued]);
    }
    case 'never': {
      const glued = touching.has(previous.text) || touching.has(next.text) ? [''] : [];
      return pick([' ', '  ', ...glued]);
    }
  }
}

function layOut(file: Tokens, choices: readonly number[]): string {
  const choice = (index: number): number => choices[index % choices.length] as number;
  const leading = ['', '# fil\n', '\n\n## Dok.\n', '\ufeff'][choice(0) % 4] as string;
  const trailing = ['', '\n', '\n\n\n', ' # slutt', '\n# slutt\n\n'][choice(1) % 5] as string;
  const body = file.map((t, i) => (i === 0 ? t.text : separator(file[i - 1] as Token, t, choice(i + 2)) + t.text)).join('');
  return leading + body + trailing;
}

const layoutChoices = fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 64 });

/** A rule file that parses without errors, in a random layout. */
export const ruleFile: fc.Arbitrary<string> = fc.tuple(fileTokens, layoutChoices).map(([file, choices]) => layOut(file, choices));

/** A random edit of a text: a deletion, an insertion or a swap of two slices. */
export function mutated(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const insertion = fc.constantFrom('"', '(', ')', '|', '\n|', '@', '\n', '#', '=', ',', ' regel ', '\nkilde ', '{', '-', '1', 'kr', 'ellers');
  return fc.tuple(text, fc.nat(), fc.nat(), insertion, fc.nat(2)).map(([t, a, b, inserted, kind]) => {
    const [from, to] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y) as [number, number];
    if (kind === 0) return t.slice(0, from) + t.slice(to);
    if (kind === 1) return t.slice(0, from) + inserted + t.slice(from);
    return t.slice(0, from) + t.slice(to) + t.slice(from, to);
  });
}
