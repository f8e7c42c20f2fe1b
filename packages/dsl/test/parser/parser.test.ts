import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type * as A from '../../src/ast/ast';
import { parse } from '../../src/parser/parse';
import { RuleParser } from '../../src/parser/parser';
import { positionProblems } from '../../../../test/support/diagnostics';

const examplePath = new URL('../../../../docs/examples/livsopphold.lov', import.meta.url);

/** Parses and asserts there are no diagnostics. */
function parseOk(text: string): A.RuleFile {
  const result = parse(text, 'test.lov');
  expect(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([]);
  return result.file;
}

function declarations(text: string): A.Declaration[] {
  return [...parseOk(`modul m\n${text}`).declarations];
}

function first<T extends A.Declaration['kind']>(text: string, kind: T): Extract<A.Declaration, { kind: T }> {
  const decl = declarations(text)[0];
  expect(decl?.kind).toBe(kind);
  return decl as Extract<A.Declaration, { kind: T }>;
}

/** The value of `regel r: T = <expression>`, with the full text for span checks. */
function expr(expression: string): { value: A.Expr; text: string } {
  const text = `modul m\nregel r: T\n  = ${expression}\n`;
  const rule = parseOk(text).declarations[0] as A.RuleDecl;
  return { value: (rule.definitions[0] as A.Definition).value, text };
}

/** A compact prefix form of an expression, e.g. `(+ 1 (* 2 3))`. */
function show(e: A.Expr | undefined): string {
  if (!e) return '∅';
  switch (e.kind) {
    case 'Number':
      return e.integer ? e.value : `${e.value}d`;
    case 'Money':
      return `${e.value}kr`;
    case 'Duration':
      return `${e.amount}${e.unit}`;
    case 'At':
      return `(per ${show(e.lookup)} ${show(e.date)})`;
    case 'Date':
    case 'Month':
      return `${e.kind.toLowerCase()}:${e.value}`;
    case 'Boolean':
      return e.value ? 'sann' : 'usann';
    case 'Text':
      return JSON.stringify(e.value);
    case 'Undetermined':
      return e.reason ? `(ubestemt ${JSON.stringify(e.reason.value)})` : 'ubestemt';
    case 'Reference':
      return e.name.text;
    case 'MemberAccess':
      return `(. ${show(e.object)} ${e.member.text})`;
    case 'Call':
      return e.comprehension
        ? `(${show(e.callee)} (for ${show(e.comprehension.body)} ${e.comprehension.variable.text} ${show(e.comprehension.source)}${e.comprehension.filter ? ` der ${show(e.comprehension.filter)}` : ''}${showOrdering(e.comprehension.ordering)}))`
        : `(${[show(e.callee), ...e.args.map(show)].join(' ')})`;
    case 'Percent':
      return `(% ${show(e.operand)})`;
    case 'Unary':
      return `(${e.operator} ${show(e.operand)})`;
    case 'Binary':
      return `(${e.operator} ${show(e.left)} ${show(e.right)})`;
    case 'If':
      return `(hvis ${show(e.condition)} ${show(e.then)} ${show(e.otherwise)})`;
    case 'List':
      return `[${e.items.map(show).join(' ')}]`;
    case 'Record':
      return `${e.typeName?.text ?? ''}{${e.fields.map((f) => `${f.name.text}: ${show(f.value)}`).join(', ')}}`;
  }
}

function showOrdering(ordering: A.Ordering | undefined): string {
  return ordering ? ` etter ${show(ordering.key)}${ordering.descending ? ' synkende' : ''}` : '';
}

function slice(text: string, node: { span: A.Span }): string {
  return text.slice(node.span.start, node.span.end);
}

describe('parser: the example file', () => {
  it('parses docs/examples/livsopphold.lov without diagnostics', () => {
    const text = readFileSync(examplePath, 'utf8');
    const file = parseOk(text);
    expect(file.module?.name.text).toBe('eksempel.livsopphold');
    expect(file.declarations.map((d) => d.kind)).toContain('Table');
    expect(file.declarations.filter((d) => d.kind === 'Test')).toHaveLength(4);
    expect(file.span).toEqual({ start: 0, end: text.length });
  });
});

describe('parser: module header', () => {
  it('reads modul, variant av and bruk', () => {
    const file = parseOk('modul kommuner.oslo variant av sosialhjelp.livsopphold\nbruk satser.veiledende\nbruk a\n');
    expect(file.module?.name.text).toBe('kommuner.oslo');
    expect(file.module?.name.parts.map((p) => p.text)).toEqual(['kommuner', 'oslo']);
    expect(file.module?.variantOf?.text).toBe('sosialhjelp.livsopphold');
    expect(file.uses.map((u) => u.module.text)).toEqual(['satser.veiledende', 'a']);
  });

  it('reports a missing module header (LK1005)', () => {
    const { diagnostics, file } = parse('kilde k "K"\n');
    expect(file.module).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['LK1005']);
    expect(diagnostics[0]?.message).toContain('modul');
  });

  it('reports a second or late module header (LK1005)', () => {
    const { diagnostics } = parse('modul a\nmodul b\n');
    expect(diagnostics.map((d) => [d.code, d.line])).toEqual([['LK1005', 2]]);
  });

  it('reports an empty file as missing its module, at offset 0', () => {
    const { diagnostics } = parse('');
    expect(diagnostics.map((d) => [d.code, d.span])).toEqual([['LK1005', { start: 0, end: 0 }]]);
  });
});

describe('parser: declarations', () => {
  it('kilde: name, joined title and link', () => {
    const text = 'modul m\nkilde stl18 "Sosialtjenesteloven " "§ 18"  <https://lovdata.no/§18>\n';
    const decl = parseOk(text).declarations[0] as A.SourceDecl;
    expect(decl.kind).toBe('Source');
    expect(decl.name.text).toBe('stl18');
    expect(decl.title.value).toBe('Sosialtjenesteloven § 18');
    expect(decl.url?.href).toBe('https://lovdata.no/§18');
    expect(slice(text, decl.url as { span: A.Span })).toBe('<https://lovdata.no/§18>');
    expect(slice(text, decl)).toBe('kilde stl18 "Sosialtjenesteloven " "§ 18"  <https://lovdata.no/§18>');
  });

  it('antakelse: text and citation', () => {
    const decl = first('antakelse a "Tekst"\n  (kilde k1, k2)\n', 'Assumption');
    expect(decl.text.value).toBe('Tekst');
    expect(decl.annotation?.sources.map((s) => s.name.text)).toEqual(['k1', 'k2']);
    expect(decl.annotation?.validity).toBeUndefined();
  });

  it('valg: members, with a trailing comma over several lines', () => {
    expect(first('valg S { enslig, par }', 'Enum').members.map((m) => m.text)).toEqual(['enslig', 'par']);
    expect(first('valg S {\n  a,\n  b,\n}', 'Enum').members.map((m) => m.text)).toEqual(['a', 'b']);
  });

  it('type: fields with list types', () => {
    const decl = first('type Husstand { barn: liste av liste av Barn, sum: beløp, }', 'Record');
    expect(decl.name.text).toBe('Husstand');
    expect(decl.fields.map((f) => f.name.text)).toEqual(['barn', 'sum']);
    const type = decl.fields[0]?.type;
    expect(type?.kind).toBe('ListType');
    expect(type?.kind === 'ListType' && type.element.kind === 'ListType' && type.element.element.kind === 'NamedType' && type.element.element.name.text).toBe(
      'Barn',
    );
  });

  it('type: a field may be called like a built-in type', () => {
    expect(first('type Utgift { beløp: beløp, dato: dato }', 'Record').fields.map((f) => f.name.text)).toEqual(['beløp', 'dato']);
  });

  it('inndata: named and unnamed, options and defaults', () => {
    const text = 'modul m\ninndata Søknad {\n  måned_nå: måned  (vurderingstidspunkt)\n  inntekt: beløp (negativ_tillatt, annet) = 0 kr\n  barn: liste av Barn = []\n}\ninndata { x: heltall }\n';
    const [named, unnamed] = parseOk(text).declarations as A.InputDecl[];
    expect(named?.name?.text).toBe('Søknad');
    expect(named?.fields.map((f) => [f.name.text, f.options.map((o) => o.text), f.defaultValue && show(f.defaultValue)])).toEqual([
      ['måned_nå', ['vurderingstidspunkt'], undefined],
      ['inntekt', ['negativ_tillatt', 'annet'], '0kr'],
      ['barn', [], '[]'],
    ]);
    expect(slice(text, named?.fields[1] as A.FieldDecl)).toBe('inntekt: beløp (negativ_tillatt, annet) = 0 kr');
    expect(unnamed?.name).toBeUndefined();
  });

  it('utdata: a list of names', () => {
    expect(first('utdata stønad, behov, sats', 'Output').names.map((n) => n.text)).toEqual(['stønad', 'behov', 'sats']);
  });

  it('regel: parameters, citation with validity, definitions, exceptions and explanation', () => {
    const text = [
      'modul m',
      'regel teller(inntekt: Inntekt, n: heltall): sannhetsverdi  (kilde stl18, a, gjelder fra 2022-01-01 til 2030-12-31)',
      '  = sann',
      '  når n > 2 så usann',
      '  unntak barns_arbeid  (kilde stl18_3)',
      '    når inntekt.art = barns_arbeidsinntekt så usann',
      '  unntak likevel til barns_arbeid  (gjelder fra 2022-09-01)',
      '    = sann',
      '  forklaring "Inntekten " "regnes med."',
      '',
    ].join('\n');
    const rule = parseOk(text).declarations[0] as A.RuleDecl;
    expect(rule.kind).toBe('Rule');
    expect(rule.replaces).toBeUndefined();
    expect(rule.params?.map((p) => `${p.name.text}: ${p.type.kind === 'NamedType' ? p.type.name.text : '?'}`)).toEqual(['inntekt: Inntekt', 'n: heltall']);
    expect(rule.type.kind === 'NamedType' && rule.type.name.text).toBe('sannhetsverdi');
    expect(rule.annotation?.sources.map((s) => s.name.text)).toEqual(['stl18', 'a']);
    expect(rule.annotation?.validity?.from.value).toBe('2022-01-01');
    expect(rule.annotation?.validity?.to?.value).toBe('2030-12-31');
    expect(rule.definitions.map((d) => [d.condition && show(d.condition), show(d.value)])).toEqual([
      [undefined, 'sann'],
      ['(> n 2)', 'usann'],
    ]);
    expect(rule.exceptions.map((e) => [e.label.text, e.parent?.text, e.annotation?.sources.map((s) => s.name.text), e.annotation?.validity?.from.value])).toEqual([
      ['barns_arbeid', undefined, ['stl18_3'], undefined],
      ['likevel', 'barns_arbeid', [], '2022-09-01'],
    ]);
    expect(rule.explanation?.template.value).toBe('Inntekten regnes med.');
    expect(slice(text, rule.exceptions[1] as A.ExceptionDecl)).toBe('unntak likevel til barns_arbeid  (gjelder fra 2022-09-01)\n    = sann');
    expect(slice(text, rule.definitions[1] as A.Definition)).toBe('når n > 2 så usann');
    expect(slice(text, rule)).toBe(text.slice(text.indexOf('regel'), text.lastIndexOf('"') + 1));
  });

  it('regel: a = that begins a line starts a new definition; inside a line it compares', () => {
    const rule = first('regel r: T\n  = a = b\n  = c\n  når x så 1\n  = 2', 'Rule');
    expect(rule.definitions.map((d) => [d.condition && show(d.condition), show(d.value)])).toEqual([
      [undefined, '(= a b)'],
      [undefined, 'c'],
      ['x', '1'],
      [undefined, '2'],
    ]);
  });

  it('regel: without parameters params is undefined, with () it is empty', () => {
    expect(first('regel a: beløp\n  = 1 kr', 'Rule').params).toBeUndefined();
    expect(first('regel a(): beløp\n  = 1 kr', 'Rule').params).toEqual([]);
  });

  it('skjønn: guideline and explanation', () => {
    const decl = first('skjønn boutgifter: beløp  (kilde stl18)\n  veiledende = 1 kr + 2 kr\n  forklaring "{verdi}"', 'Discretion');
    expect(decl.name.text).toBe('boutgifter');
    expect(show(decl.guideline)).toBe('(+ 1kr 2kr)');
    expect(decl.explanation?.template.value).toBe('{verdi}');
  });

  it('erstatt: marks the rule, discretion or table as a replacement', () => {
    const text = 'modul m variant av n\nerstatt regel a: beløp\n  = 1 kr\nerstatt skjønn b: beløp\n  veiledende = 1 kr\nerstatt tabell c(k: K): beløp\n  | k | verdi |\n';
    const decls = parseOk(text).declarations;
    expect(decls.map((d) => d.kind)).toEqual(['Rule', 'Discretion', 'Table']);
    for (const d of decls) {
      const replaces = (d as A.RuleDecl | A.DiscretionDecl | A.TableDecl).replaces;
      expect(replaces && text.slice(replaces.span.start, replaces.span.end)).toBe('erstatt');
      expect(slice(text, d).startsWith('erstatt ')).toBe(true);
    }
  });

  it('test: per, gitt with commas and new lines, overstyr, forvent', () => {
    const text = [
      'modul m',
      'test "E1" per 2024-03',
      '  gitt a = 1, b = 2',
      '       c = [{ x: 1 }]',
      '  overstyr s = 9 000 kr  begrunnelse "Dokumentert"',
      '  overstyr t = 1 kr',
      '  forvent stønad = 16 550 kr',
      '  forvent behov = ubestemt',
      '  forvent feil "ukjent"',
      '  forvent feil',
      '',
    ].join('\n');
    const test = parseOk(text).declarations[0] as A.TestDecl;
    expect(test.name.value).toBe('E1');
    expect(test.asOf).toMatchObject({ kind: 'Month', value: '2024-03' });
    expect(test.givens.map((g) => `${g.name.text}=${show(g.value)}`)).toEqual(['a=1', 'b=2', 'c=[{x: 1}]']);
    expect(test.overrides.map((o) => [o.name.text, show(o.value), o.reason?.value])).toEqual([
      ['s', '9000kr', 'Dokumentert'],
      ['t', '1kr', undefined],
    ]);
    expect(test.expectations.map((e) => (e.kind === 'ExpectValue' ? `${e.name.text}=${show(e.value)}` : `feil:${e.message?.value}`))).toEqual([
      'stønad=16550kr',
      'behov=ubestemt',
      'feil:ukjent',
      'feil:undefined',
    ]);
    expect(first('test "x" per 2024-03-01', 'Test').asOf).toMatchObject({ kind: 'Date', value: '2024-03-01' });
  });
});

describe('parser: tables', () => {
  const text = [
    'modul m',
    'tabell sats(antall: heltall, kategori: Kategori): beløp  (kilde k)',
    '  | fra        | til        | antall | voksen | barn  | kilde |',
    '  | 2024-01-01 | 2024-12-31 |      1 |  7 850 | 3 700 | a3    |',
    '  | 2025-01-01 | ukjent "Ikke registrert" |',
    '  |            |  |   2 |',
    '  | 2026-01-01 | ukjent',
    '',
  ].join('\n');

  it('reads the header, rows and cells', () => {
    const table = parseOk(text).declarations[0] as A.TableDecl;
    expect(table.kind).toBe('Table');
    expect(table.params.map((p) => p.name.text)).toEqual(['antall', 'kategori']);
    expect(table.annotation?.sources.map((s) => s.name.text)).toEqual(['k']);
    const cells = table.rows.map((row) =>
      row.cells.map((cell) => {
        const c = cell.content;
        switch (c.kind) {
          case 'Empty':
            return '·';
          case 'HeaderKeyword':
            return `#${c.keyword}`;
          case 'Unknown':
            return `ukjent:${c.message?.value ?? ''}`;
          case 'Value':
            return show(c.value);
        }
      }),
    );
    expect(cells).toEqual([
      ['#fra', '#til', 'antall', 'voksen', 'barn', '#kilde'],
      ['date:2024-01-01', 'date:2024-12-31', '1', '7850', '3700', 'a3'],
      ['date:2025-01-01', 'ukjent:Ikke registrert'],
      ['·', '·', '2'],
      ['date:2026-01-01', 'ukjent:'],
    ]);
  });

  it('gives rows and cells spans that slice back to the source', () => {
    const table = parseOk(text).declarations[0] as A.TableDecl;
    const row = table.rows[1] as A.TableRow;
    expect(slice(text, row)).toBe('| 2024-01-01 | 2024-12-31 |      1 |  7 850 | 3 700 | a3    |');
    expect(row.cells.map((c) => slice(text, c))).toEqual(['2024-01-01', '2024-12-31', '1', '7 850', '3 700', 'a3']);
    const empty = (table.rows[3] as A.TableRow).cells[0] as A.TableCell;
    expect(empty.span.start).toBe(empty.span.end);
  });

  it('does not start a row at a | in the middle of a line', () => {
    const table = first('tabell t(n: heltall): tall\n  | n | verdi |  | 1 | 2 |', 'Table');
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]?.cells.length).toBe(5);
  });

  it('allows a table without rows', () => {
    expect(first('tabell t(n: heltall): tall', 'Table').rows).toEqual([]);
  });
});

describe('parser: expressions', () => {
  it('follows the precedence of §3', () => {
    expect(show(expr('1 + 2 * 3 - 4 / 2').value)).toBe('(- (+ 1 (* 2 3)) (/ 4 2))');
    expect(show(expr('a eller b og ikke c').value)).toBe('(eller a (og b (ikke c)))');
    expect(show(expr('ikke a = b').value)).toBe('(ikke (= a b))');
    expect(show(expr('a + 1 < b * 2 og c').value)).toBe('(og (< (+ a 1) (* b 2)) c)');
    expect(show(expr('-a.b(1) %').value)).toBe('(- (% ((. a b) 1)))');
    expect(show(expr('- - 1').value)).toBe('(- (- 1))');
    expect(show(expr('(1 + 2) * 3').value)).toBe('(* (+ 1 2) 3)');
    expect(show(expr('1 - 2 - 3').value)).toBe('(- (- 1 2) 3)');
  });

  it('reads every comparison operator', () => {
    const ops = ['=', '≠', '!=', '<', '<=', '≤', '>', '>=', '≥'].map((op) => {
      const e = expr(`a ${op} b`).value;
      return e.kind === 'Binary' ? e.operator : e.kind;
    });
    expect(ops).toEqual(['=', '≠', '≠', '<', '<=', '<=', '>', '>=', '>=']);
  });

  it('reads hvis … så … ellers, nested in the else branch', () => {
    expect(show(expr('hvis a så 1 ellers hvis b så 2 ellers 3').value)).toBe('(hvis a 1 (hvis b 2 3))');
  });

  it('reads literals with canonical values', () => {
    expect(show(expr('12 600').value)).toBe('12600');
    expect(show(expr('1 234,750').value)).toBe('1234.75d');
    expect(show(expr('007').value)).toBe('7');
    expect(show(expr('0,50 kr').value)).toBe('0.5kr');
    expect(show(expr('3,8 %').value)).toBe('(% 3.8d)');
    expect(show(expr('2024-03-01').value)).toBe('date:2024-03-01');
    expect(show(expr('2024-03').value)).toBe('month:2024-03');
    expect(show(expr('sann og usann').value)).toBe('(og sann usann)');
    expect(show(expr('"a \\"b\\" " "c\\\\"').value)).toBe(JSON.stringify('a "b" c\\'));
    expect(show(expr('ubestemt "Vurder"').value)).toBe('(ubestemt "Vurder")');
    expect(show(expr('ubestemt').value)).toBe('ubestemt');
  });

  it('tells a month from a subtraction', () => {
    expect(show(expr('2024-03').value)).toBe('month:2024-03');
    expect(show(expr('2024 - 3').value)).toBe('(- 2024 3)');
    expect(show(expr('2024 - 03').value)).toBe('(- 2024 3)');
    expect(show(expr('2024-03 - 2024-02').value)).toBe('(- month:2024-03 month:2024-02)');
  });

  it('tells 12 600 from two numbers', () => {
    expect(show(expr('maks(12 600, 5)').value)).toBe('(maks 12600 5)');
    expect(show(expr('maks(12, 600)').value)).toBe('(maks 12 600)');
    expect(show(expr('[1, 2,5, 3 000]').value)).toBe('[1 2.5d 3000]');
    const { diagnostics } = parse('modul m\nregel r: T\n  = 12  600\n');
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['LK1003', 'Uventet «600»: deklarasjonen skulle ha sluttet før dette']]);
  });

  it('tells keywords from names: ikke / i, ellers / eller, forvent / for', () => {
    expect(show(expr('ikke x i liste').value)).toBe('(ikke (i x liste))');
    expect(show(expr('ikkje i inntekter').value)).toBe('(i ikkje inntekter)');
    expect(show(expr('hvis a så b ellers c eller d').value)).toBe('(hvis a b (eller c d))');
    expect(show(expr('sum(x for x i xs der ikke x i ys)').value)).toBe('(sum (for x x xs der (ikke (i x ys))))');
    const test = first('test "t"\n  forvent n = antall(f for f i forventninger)', 'Test');
    const expectation = test.expectations[0] as A.ExpectValue;
    expect(expectation.name.text).toBe('n');
    expect(show(expectation.value)).toBe('(antall (for f f forventninger))');
  });

  it('reads calls, comprehensions and member access', () => {
    expect(show(expr('maks(0 kr, behov - inntekt)').value)).toBe('(maks 0kr (- behov inntekt))');
    expect(show(expr('f()').value)).toBe('(f)');
    expect(show(expr('sum(b.beløp for b i barn der alder(b.fødselsdato, d) < 6)').value)).toBe(
      '(sum (for (. b beløp) b barn der (< (alder (. b fødselsdato) d) 6)))',
    );
    expect(show(expr('a.b.c').value)).toBe('(. (. a b) c)');
    expect(show(expr('f(1)(2)').value)).toBe('((f 1) 2)');
  });

  it('reads a comprehension ordered by a key, after its filter, ascending or «synkende»', () => {
    expect(show(expr('liste(b for b i barn etter b.fødselsdato)').value)).toBe('(liste (for b b barn etter (. b fødselsdato)))');
    expect(show(expr('sum(plass(b) for b i barn der b.x > 0 etter hvis a så b.y ellers b.z synkende)').value)).toBe(
      '(sum (for (plass b) b barn der (> (. b x) 0) etter (hvis a (. b y) (. b z)) synkende))',
    );
    const { value, text } = expr('liste(x for x i xs etter x.y synkende) + ys');
    const comprehension = ((value as A.BinaryExpr).left as A.Call).comprehension as A.Comprehension;
    expect(slice(text, comprehension)).toBe('x for x i xs etter x.y synkende');
    expect(slice(text, comprehension.ordering?.key as A.Expr)).toBe('x.y');
  });

  it('reserves «etter» and «synkende»: they are not names', () => {
    expect(parse('modul m\nregel etter: T\n  = 1\n').diagnostics.map((d) => d.code)).toEqual(['LK1003']);
    expect(parse('modul m\nregel r: T\n  = synkende\n').diagnostics.map((d) => d.code)).toEqual(['LK1003']);
    expect(parse('modul m\nregel r: T\n  = liste(x for x i xs synkende)\n').diagnostics.map((d) => d.code)).toEqual(['LK1003']);
  });

  it('reads lists and records, typed and untyped, with trailing commas', () => {
    expect(show(expr('[]').value)).toBe('[]');
    expect(show(expr('[a, b,]').value)).toBe('[a b]');
    expect(show(expr('Utgift { art: husleie, beløp: 8 000 kr, }').value)).toBe('Utgift{art: husleie, beløp: 8000kr}');
    expect(show(expr('{ fødselsdato: 2019-11-30 }').value)).toBe('{fødselsdato: date:2019-11-30}');
    expect(show(expr('{}').value)).toBe('{}');
  });

  it('gives expressions spans that slice back to the source', () => {
    const { value, text } = expr('maks(0 kr, behov - inntekt) + sats.beløp * 3,8 %');
    expect(slice(text, value)).toBe('maks(0 kr, behov - inntekt) + sats.beløp * 3,8 %');
    const sum = value as A.BinaryExpr;
    expect(slice(text, sum.left)).toBe('maks(0 kr, behov - inntekt)');
    const call = sum.left as A.Call;
    expect(call.args.map((a) => slice(text, a))).toEqual(['0 kr', 'behov - inntekt']);
    const product = sum.right as A.BinaryExpr;
    expect(slice(text, product.left)).toBe('sats.beløp');
    expect(slice(text, (product.left as A.MemberAccess).member)).toBe('beløp');
    expect(slice(text, product.right)).toBe('3,8 %');
  });

  it('gives unary, if, comprehension and text spans that slice back', () => {
    const { value, text } = expr('hvis ikke a så -b ellers sum(x.y for x i xs der x.z) + "a" "b"');
    expect(slice(text, value)).toBe('hvis ikke a så -b ellers sum(x.y for x i xs der x.z) + "a" "b"');
    const e = value as A.IfExpr;
    expect(slice(text, e.condition)).toBe('ikke a');
    expect(slice(text, e.then)).toBe('-b');
    const plus = e.otherwise as A.BinaryExpr;
    expect(slice(text, plus.right)).toBe('"a" "b"');
    const comprehension = (plus.left as A.Call).comprehension as A.Comprehension;
    expect(slice(text, comprehension)).toBe('x.y for x i xs der x.z');
  });

  it('reads a parenthesised expression without a node of its own', () => {
    const { value, text } = expr('(1 + 2)');
    expect(value.kind).toBe('Binary');
    expect(slice(text, value)).toBe('1 + 2');
  });

  it('gives an operator the span of its operands as written, parentheses included (a type error underlines all of it)', () => {
    const { value, text } = expr('(a + 2 kr) > -(3 + 4)');
    expect(slice(text, value)).toBe('(a + 2 kr) > -(3 + 4)');
    const comparison = value as A.BinaryExpr;
    expect(slice(text, comparison.left)).toBe('a + 2 kr');
    expect(slice(text, comparison.right)).toBe('-(3 + 4)');
    const negated = expr('ikke (a og b) eller c');
    expect(slice(negated.text, negated.value)).toBe('ikke (a og b) eller c');
  });
});

describe('parser: doc comments', () => {
  it('attaches ## lines directly above a declaration, joined by new lines', () => {
    const decls = declarations('## Første linje.\n##   Andre linje.\nregel a: T\n  = 1\n');
    expect(decls[0]?.doc).toBe('Første linje.\nAndre linje.');
  });

  it('works with CRLF line ends and indentation', () => {
    const decls = parseOk('modul m\r\n  ## Dok.\r\n  regel a: T\r\n    = 1\r\n').declarations;
    expect(decls[0]?.doc).toBe('Dok.');
  });

  it('does not attach across a blank line, from a plain comment, or from the end of a code line', () => {
    const decls = declarations(
      ['## løs', '', 'regel a: T', '  = 1', '# vanlig', 'regel b: T', '  = 1  ## etter kode', 'regel c: T', '  = 1', '## ny', '# vanlig', 'regel d: T', '  = 1'].join('\n'),
    );
    expect(decls.map((d) => d.doc)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('keeps comments in the file', () => {
    const file = parseOk('# a\nmodul m # b\n## c\nkilde k "K"\n');
    expect(file.comments.map((c) => [c.text, c.doc])).toEqual([
      [' a', false],
      [' b', false],
      [' c', true],
    ]);
    expect(file.declarations[0]?.doc).toBe('c');
  });
});

describe('parser: errors', () => {
  function errors(text: string): Array<{ code: string; message: string; at: string }> {
    const { diagnostics } = parse(text, 'feil.lov');
    for (const d of diagnostics) expect(positionProblems(d, text)).toEqual([]);
    return diagnostics.map((d) => ({ code: d.code, message: d.message, at: text.slice(d.span.start, d.span.end) }));
  }

  it('names what was expected and what was found, in Norwegian', () => {
    expect(errors('modul m\nregel r: beløp\n  når a 1 kr\n')).toEqual([{ code: 'LK1003', message: 'Forventet «så», men fant «1»', at: '1' }]);
    expect(errors('modul m\nkilde k\n')).toEqual([{ code: 'LK1003', message: 'Forventet en tekst, men fant slutten av deklarasjonen', at: '' }]);
    expect(errors('modul m\nregel for: T\n  = 1\n')).toEqual([{ code: 'LK1003', message: 'Forventet et navn, men fant ordet «for»', at: 'for' }]);
    expect(errors('modul m\nregel r: T\n  = hvis a så b\n')).toEqual([
      { code: 'LK1003', message: 'Forventet «ellers», men fant slutten av deklarasjonen', at: '' },
    ]);
    expect(errors('modul m\nregel r: T\n  = (1\n')[0]?.message).toBe('Forventet «)», men fant slutten av deklarasjonen');
    expect(errors('modul m\nregel r: T (k)\n  = 1\n')[0]?.message).toBe('Forventet «(kilde …)», men fant navnet «k»');
    expect(errors('modul m\ntype B { f: }\n')[0]?.message).toBe('Forventet en type (for eksempel beløp, dato eller liste av Barn), men fant «}»');
    expect(errors('modul m\nskjønn s: T\n  = 1\n')[0]?.message).toBe('Forventet «veiledende», men fant «=»');
    expect(errors('modul m\nerstatt kilde k "K"\n')[0]?.message).toBe('Forventet «regel», «skjønn» eller «tabell», men fant ordet «kilde»');
  });

  it('reports text left over at the end of a declaration', () => {
    expect(errors('modul m\nregel r: T\n  = 1 2\n')).toEqual([
      { code: 'LK1003', message: 'Uventet «2»: deklarasjonen skulle ha sluttet før dette', at: '2' },
    ]);
  });

  it('writes every parser message in Norwegian', () => {
    const samples = [
      'modul m\nregel r: T\n  = 1 +\n',
      'modul m\nvalg V { }\n',
      'modul m\nvalg V { a b }\n',
      'modul m\ntabell t: T\n',
      'modul m\ntest\n',
      'modul m\nutdata\n',
      'modul m\nregel r: T (kilde k, gjelder 2024-01-01)\n  = 1\n',
      'modul m\nregel r: T\n  = [1, 2\n',
      'modul m\nregel r: T\n  = f(x for)\n',
      'modul m\n= 1\n',
      'modul\n',
    ];
    for (const text of samples) {
      const list = errors(text);
      expect(list.length, text).toBeGreaterThan(0);
      for (const e of list) {
        expect(e.message, text).toMatch(/^(Forventet|Uventet|Filen|En fil) /);
        expect(e.message, text).not.toMatch(/\b(Expecting|but found|token|Redundant|NoViableAlt|EOF)\b/i);
      }
    }
  });

  it('reports unknown characters and unterminated text, and goes on', () => {
    expect(errors('modul m\nregel r: T\n  = 1 @\n').map((e) => [e.code, e.at])).toEqual([['LK1001', '@']]);
    expect(errors('modul m\nkilde k "abc\n').map((e) => [e.code, e.at])).toEqual([['LK1002', '"abc']]);
  });

  it('reports nesting deeper than 100 (LK1004) and accepts exactly 100', () => {
    expect(errors(`modul m\nregel r: T\n  = ${'('.repeat(100)}1${')'.repeat(100)}\n`)).toEqual([]);
    const deep = errors(`modul m\nregel r: T\n  = ${'['.repeat(101)}1${']'.repeat(101)}\n`);
    expect(deep.map((e) => [e.code, e.at])).toEqual([['LK1004', '[']]);
  });

  it('keeps a broken declaration with its keyword and name, and parses the ones after it', () => {
    const { file, diagnostics } = parse('modul m\nregel ødelagt: beløp\n  = 1 +\nregel god: beløp\n  = 2 kr\nerstatt regel e: beløp\n  =\nvalg V { a }\n');
    expect(diagnostics.map((d) => d.line)).toEqual([3, 7]);
    expect(file.declarations.map((d) => `${d.kind}:${d.kind === 'Output' || d.kind === 'Test' ? '' : d.name?.text}`)).toEqual([
      'Broken:ødelagt',
      'Rule:god',
      'Broken:e',
      'Enum:V',
    ]);
    const broken = file.declarations[0] as A.BrokenDecl;
    expect(broken.keyword).toBe('regel');
    expect(file.declarations[2]).toMatchObject({ kind: 'Broken', keyword: 'regel' });
  });

  it('reports each of ten broken declarations once', () => {
    const text = ['modul m', ...Array.from({ length: 10 }, (_, i) => `regel r${i}: T\n  = ${i} +`)].join('\n');
    const list = errors(text);
    expect(list).toHaveLength(10);
    expect(new Set(list.map((e) => e.code))).toEqual(new Set(['LK1003']));
  });

  it('requires a declaration keyword at the start of a line', () => {
    expect(errors('modul m\nregel a: T\n  = 1 regel b: T\n  = 2\n').map((e) => e.message)).toEqual([
      'Uventet ordet «regel»: deklarasjonen skulle ha sluttet før dette',
    ]);
    expect(errors('modul m\nkilde k "K"\n= 1\n')).toEqual([
      { code: 'LK1003', message: 'Uventet «=»: deklarasjonen skulle ha sluttet før dette', at: '=' },
    ]);
  });
});

describe('parser: module header, byte-order mark and imports', () => {
  it('a line that does not start a declaration after «modul» does not also report the module as missing', () => {
    const { diagnostics } = parse('modul m\n  = 1\n');
    expect(diagnostics.map((d) => d.code)).toEqual(['LK1003']);
  });

  it('a byte-order mark does not shift the columns of the first line', () => {
    // Editors do not show the BOM.
    const withBom = parse('\ufeffmodul m @').diagnostics[0];
    const without = parse('modul m @').diagnostics[0];
    expect(withBom?.column).toBe(without?.column);
  });

  it('«bruk» after a declaration is a syntax error (grammar: file = [module] {use} {declaration})', () => {
    const { diagnostics } = parse('modul m\nkilde k "K"\nbruk n\n');
    expect(diagnostics.map((d) => d.code)).toContain('LK1003');
  });
});

describe('parser: positions', () => {
  it('reports line and column for LF, CRLF and CR files alike', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['modul m', '', 'regel r: T', '  = 1 @'].join(eol);
      const { diagnostics } = parse(text);
      expect(diagnostics.map((d) => [d.line, d.column, d.endLine, d.endColumn])).toEqual([[4, 7, 4, 8]]);
    }
  });

  it('uses the path it is given', () => {
    expect(parse('x', 'a/b.lov').diagnostics.every((d) => d.file === 'a/b.lov')).toBe(true);
    expect(parse('modul m').file.path).toBe('uten-navn.lov');
  });
});

describe('parser: grammar', () => {
  it('passes chevrotain\'s validations of the grammar (the parser in use is built without them)', () => {
    expect(() => new RuleParser(true)).not.toThrow();
  });
});
