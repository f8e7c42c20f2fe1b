import type * as A from '../ast/ast.js';
import { builtinFunctions, builtinParameterTypes, builtinResultTypes, roundingModes, type BuiltinFunctionName } from './builtins.js';
import type { Env } from './context.js';
import { checkCalendarLiteral, checkMoneyLiteral } from './literals.js';
import { enumMembers, isBrokenName, lookupType, lookupValue, visibleModules } from './program.js';
import { suggest } from './suggest.js';
import type { EnumMemberSymbol, EnumSymbol, FieldSymbol, LkSymbol, RecordSymbol, TableSymbol, ValueSymbol, VariableSymbol } from './symbols.js';
import {
  booleanType,
  commonType,
  dateType,
  decimalType,
  errorType,
  integerType,
  isAssignable,
  isNumeric,
  isWildcard,
  listOf,
  monthType,
  textType,
  typeName,
  undeterminedType,
  type Type,
} from './types.js';

/**
 * Checks an expression and returns its type (docs/language.md §3). `expected` is the type
 * the context wants, if known: it lets bare enumeration members and `{ … }` records resolve.
 * Every expression's type is recorded in `env.ctx.types`.
 */
export function checkExpr(env: Env, expr: A.Expr, expected?: Type): Type {
  const type = infer(env, expr, expected);
  env.ctx.types.set(expr, type);
  env.ctx.probe?.observe(env, expr, expected, env.ctx.types, env.ctx.references);
  return type;
}

/** Checks an expression against a required type, reporting a mismatch (LK3001/LK3002/LK3004). */
export function expectType(env: Env, expr: A.Expr, expected: Type, what = 'uttrykket'): Type {
  const actual = checkExpr(env, expr, expected);
  if (!isAssignable(actual, expected)) reportMismatch(env, expr.span, actual, expected, what);
  return actual;
}

export function reportMismatch(env: Env, span: A.Span, actual: Type, expected: Type, what: string): void {
  const { ctx, module } = env;
  if (expected.kind === 'money' && isNumeric(actual)) {
    ctx.report('LK3002', module, span, `Forventet et beløp, men ${what} er et tall uten enhet`, {
      hint: 'Skriv beløp med «kr», for eksempel «0 kr».',
    });
  } else if (isNumeric(expected) && actual.kind === 'money') {
    ctx.report('LK3002', module, span, `Forventet ${typeName(expected)}, men ${what} er et beløp`);
  } else if ((expected.kind === 'date' && actual.kind === 'month') || (expected.kind === 'month' && actual.kind === 'date')) {
    ctx.report('LK3004', module, span, `Forventet ${typeName(expected)}, men ${what} er ${typeName(actual)}`, {
      hint: expected.kind === 'date' ? 'Bruk første_dag(m) for å få den første dagen i en måned.' : 'Bruk måned_av(d) for måneden en dato ligger i.',
    });
  } else {
    ctx.report('LK3001', module, span, `Forventet ${typeName(expected)}, men ${what} er ${typeName(actual)}`);
  }
}

function enumType(symbol: EnumSymbol): Type {
  return { kind: 'enum', symbol };
}

function infer(env: Env, expr: A.Expr, expected: Type | undefined): Type {
  switch (expr.kind) {
    case 'Number':
      return expr.integer ? integerType : decimalType;
    case 'Money':
      checkMoneyLiteral(env.ctx, env.module, expr);
      return { kind: 'money' };
    case 'Duration':
      env.ctx.report('LK3003', env.module, expr.span, `En varighet (${expr.amount} ${expr.written}) kan bare legges til eller trekkes fra en dato eller en måned`, {
        hint: 'Skriv for eksempel «beregningsmåned + 1 måned» eller «fødselsdato + 18 år».',
      });
      return errorType;
    case 'Date':
      checkCalendarLiteral(env.ctx, env.module, expr);
      return dateType;
    case 'Month':
      checkCalendarLiteral(env.ctx, env.module, expr);
      return monthType;
    case 'Boolean':
      return booleanType;
    case 'Text':
      return textType;
    case 'Undetermined':
      return undeterminedType;
    case 'Reference':
      return reference(env, expr, expected);
    case 'MemberAccess':
      return memberAccess(env, expr);
    case 'Call':
      return call(env, expr, expected);
    case 'At':
      return lookupAt(env, expr, expected);
    case 'Percent': {
      const operand = checkExpr(env, expr.operand);
      if (!isWildcard(operand) && !isNumeric(operand)) {
        env.ctx.report('LK3003', env.module, expr.span, `Prosent kan bare stå etter et tall, ikke etter ${typeName(operand)}`);
      }
      return decimalType;
    }
    case 'Unary':
      return unary(env, expr, expected);
    case 'Binary':
      return binary(env, expr, expected);
    case 'If': {
      expectType(env, expr.condition, booleanType, 'betingelsen');
      const then = checkExpr(env, expr.then, expected);
      const otherwise = checkExpr(env, expr.otherwise, expected ?? then);
      const common = commonType(then, otherwise);
      if (common) return common;
      env.ctx.report('LK3001', env.module, expr.otherwise.span, `«ellers» gir ${typeName(otherwise)}, men «så» gir ${typeName(then)}`, {
        hint: 'Begge greinene i «hvis … så … ellers …» må gi samme type.',
      });
      return errorType;
    }
    case 'List':
      return list(env, expr, expected);
    case 'Record':
      return record(env, expr, expected);
  }
}

function reference(env: Env, expr: A.Reference, expected: Type | undefined): Type {
  const { ctx, module } = env;
  const name = expr.name.text;
  if (expected?.kind === 'enum') {
    const member = enumMembers(expected.symbol, module).get(name);
    if (member) {
      ctx.refer(expr.name, member);
      return expected;
    }
  }
  const local = env.locals.get(name);
  if (local) {
    ctx.refer(expr.name, local);
    return local.type;
  }
  const found = lookupValue(module, name);
  if (found.kind === 'found') return valueOf(env, expr.name, found.symbol);
  if (found.kind === 'ambiguous') {
    reportAmbiguous(env, expr.name, found.symbols);
    return errorType;
  }
  const members = enumMembersNamed(env, name);
  if (members.length === 1) {
    const member = members[0] as EnumMemberSymbol;
    ctx.refer(expr.name, member);
    return enumType(member.owner);
  }
  if (members.length > 1) {
    ctx.report('LK2004', module, expr.span, `«${name}» finnes i flere valg: ${members.map((m) => m.owner.name).join(', ')}`, {
      hint: `Skriv for eksempel «${(members[0] as EnumMemberSymbol).owner.name}.${name}».`,
    });
    return errorType;
  }
  reportUnknownName(env, expr.name);
  return errorType;
}

/** The type of a value symbol used by name (not called). */
function valueOf(env: Env, name: A.Name, symbol: ValueSymbol): Type {
  const { ctx, module } = env;
  ctx.refer(name, symbol);
  switch (symbol.kind) {
    case 'rule':
      ctx.depend(env.owner, symbol);
      if (symbol.params) {
        ctx.report('LK3005', module, name.span, `Regelen «${symbol.name}» har parametre og må brukes med argumenter`, {
          hint: `Skriv ${symbol.name}(${symbol.params.map((p) => p.name).join(', ')}).`,
        });
        return errorType;
      }
      return symbol.type;
    case 'table':
      ctx.depend(env.owner, symbol);
      ctx.report('LK3005', module, name.span, `Tabellen «${symbol.name}» må slås opp med nøkler`, {
        hint: `Skriv ${symbol.name}(${symbol.params.map((p) => p.name).join(', ')}).`,
      });
      return errorType;
    case 'discretion':
      ctx.depend(env.owner, symbol);
      if (symbol.params) {
        ctx.report('LK3005', module, name.span, `Skjønnet «${symbol.name}» vurderes for hvert ${symbol.params.map((p) => p.name).join(', ')} og må brukes med argumenter`, {
          hint: `Skriv ${symbol.name}(${symbol.params.map((p) => p.name).join(', ')}).`,
        });
        return errorType;
      }
      return symbol.type;
    case 'input':
      ctx.depend(env.owner, symbol);
      return symbol.type;
    case 'builtin':
      if (symbol.role === 'function') {
        ctx.report('LK3005', module, name.span, `«${symbol.name}» er en funksjon og må kalles`, { hint: `Skriv ${symbol.signature}.` });
        return errorType;
      }
      return symbol.type ?? errorType;
    case 'parameter':
    case 'variable':
      return symbol.type;
  }
}

function reportAmbiguous(env: Env, name: A.Name, symbols: readonly LkSymbol[]): void {
  const modules = symbols.map((s) => s.module?.name ?? 'innebygd');
  env.ctx.report('LK2004', env.module, name.span, `«${name.text}» finnes i flere moduler: ${modules.join(', ')}`, {
    hint: 'Gi den ene et annet navn, eller bruk bare én av modulene.',
  });
}

export function reportUnknownName(env: Env, name: A.Name): void {
  if (isBrokenName(env.module, name.text)) return;
  const candidates = new Set<string>(env.locals.keys());
  for (const m of visibleModules(env.module)) {
    for (const key of m.values.keys()) candidates.add(key);
    for (const type of m.types.values()) if (type.kind === 'enum') for (const key of enumMembers(type, env.module).keys()) candidates.add(key);
  }
  for (const key of builtinFunctions.keys()) candidates.add(key);
  env.ctx.report('LK2001', env.module, name.span, `Ukjent navn «${name.text}»`, {
    hint: suggest(name.text, candidates) ?? 'Navnet må være deklarert i modulen eller i en modul den bruker («bruk …»).',
  });
}

function enumMembersNamed(env: Env, name: string): EnumMemberSymbol[] {
  const found: EnumMemberSymbol[] = [];
  for (const m of visibleModules(env.module)) {
    for (const type of m.types.values()) {
      const member = type.kind === 'enum' ? enumMembers(type, env.module).get(name) : undefined;
      if (member) found.push(member);
    }
  }
  return found;
}

function memberAccess(env: Env, expr: A.MemberAccess): Type {
  const { ctx, module } = env;
  // `Sivilstand.enslig`: a member of an enumeration named by its type.
  if (expr.object.kind === 'Reference' && !env.locals.has(expr.object.name.text) && lookupValue(module, expr.object.name.text).kind === 'missing') {
    const found = lookupType(module, expr.object.name.text);
    if (found.kind === 'found' && found.symbol.kind === 'enum') {
      const owner = found.symbol;
      ctx.refer(expr.object.name, owner);
      ctx.types.set(expr.object, errorType);
      const members = enumMembers(owner, module);
      const member = members.get(expr.member.text);
      if (member) {
        ctx.refer(expr.member, member);
        return enumType(owner);
      }
      ctx.report('LK2010', module, expr.member.span, `Valget «${owner.name}» har ingen verdi «${expr.member.text}»`, {
        hint: suggest(expr.member.text, members.keys()) ?? `Verdiene er: ${[...members.keys()].join(', ')}.`,
      });
      return errorType;
    }
  }
  const objectType = checkExpr(env, expr.object);
  if (isWildcard(objectType)) return objectType;
  if (objectType.kind !== 'record') {
    ctx.report('LK2006', module, expr.member.span, `En verdi av typen ${typeName(objectType)} har ingen felt «${expr.member.text}»`);
    return errorType;
  }
  const field = objectType.symbol.fields.get(expr.member.text);
  if (!field) {
    reportUnknownField(env, expr.member, objectType.symbol);
    return errorType;
  }
  ctx.refer(expr.member, field);
  return field.type;
}

function reportUnknownField(env: Env, name: A.Name, record: RecordSymbol): void {
  env.ctx.report('LK2006', env.module, name.span, `«${record.name}» har ikke noe felt «${name.text}»`, {
    hint: suggest(name.text, record.fields.keys()) ?? `Feltene er: ${[...record.fields.keys()].join(', ')}.`,
  });
}

function unary(env: Env, expr: A.UnaryExpr, expected: Type | undefined): Type {
  if (expr.operator === 'ikke') {
    expectType(env, expr.operand, booleanType, 'det som står etter «ikke»');
    return booleanType;
  }
  const operand = checkExpr(env, expr.operand, expected);
  if (isWildcard(operand) || isNumeric(operand) || operand.kind === 'money') return operand;
  env.ctx.report('LK3003', env.module, expr.span, `Minus kan ikke stå foran ${typeName(operand)}`);
  return errorType;
}

function binary(env: Env, expr: A.BinaryExpr, expected: Type | undefined): Type {
  switch (expr.operator) {
    case 'og':
    case 'eller':
      expectType(env, expr.left, booleanType, `venstre side av «${expr.operator}»`);
      expectType(env, expr.right, booleanType, `høyre side av «${expr.operator}»`);
      return booleanType;
    case '=':
    case '≠':
      return equality(env, expr);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return ordering(env, expr);
    case 'i':
      return membership(env, expr);
    case '+':
    case '-':
    case '*':
    case '/':
      return arithmetic(env, expr, expected);
  }
}

/** A bare name that only an expected type can resolve (an enumeration member). */
function needsExpectation(env: Env, expr: A.Expr): boolean {
  return (
    (expr.kind === 'Reference' && !env.locals.has(expr.name.text) && lookupValue(env.module, expr.name.text).kind === 'missing') ||
    (expr.kind === 'Record' && !expr.typeName) ||
    (expr.kind === 'List' && expr.items.length > 0 && expr.items.every((i) => needsExpectation(env, i)))
  );
}

/** Checks both operands, the one that can stand alone first, the other with its type expected. */
function operands(env: Env, expr: A.BinaryExpr): [Type, Type] {
  if (needsExpectation(env, expr.left) && !needsExpectation(env, expr.right)) {
    const right = checkExpr(env, expr.right);
    return [checkExpr(env, expr.left, right), right];
  }
  const left = checkExpr(env, expr.left);
  return [left, checkExpr(env, expr.right, left)];
}

function equality(env: Env, expr: A.BinaryExpr): Type {
  const [left, right] = operands(env, expr);
  if (!isAssignable(left, right) && !isAssignable(right, left)) reportComparison(env, expr, left, right);
  return booleanType;
}

function ordering(env: Env, expr: A.BinaryExpr): Type {
  const [left, right] = operands(env, expr);
  if (isWildcard(left) || isWildcard(right)) return booleanType;
  const comparable = (t: Type) => isNumeric(t) || t.kind === 'money' || t.kind === 'date' || t.kind === 'month';
  const same = (isNumeric(left) && isNumeric(right)) || (left.kind === right.kind && comparable(left));
  if (!same) reportComparison(env, expr, left, right);
  return booleanType;
}

function reportComparison(env: Env, expr: A.BinaryExpr, left: Type, right: Type): void {
  const { ctx, module } = env;
  const message = `Kan ikke sammenligne ${typeName(left)} med ${typeName(right)}`;
  if ((left.kind === 'money' && isNumeric(right)) || (right.kind === 'money' && isNumeric(left))) {
    const plain = left.kind === 'money' ? expr.right : expr.left;
    ctx.report('LK3002', module, expr.span, `Et beløp kan ikke sammenlignes med et tall uten enhet`, {
      hint: plain.kind === 'Number' ? `Skriv «${plain.value.replace('.', ',')} kr».` : 'Skriv beløpet med «kr», for eksempel «0 kr».',
    });
  } else if ((left.kind === 'date' && right.kind === 'month') || (left.kind === 'month' && right.kind === 'date')) {
    ctx.report('LK3004', module, expr.span, 'En dato kan ikke sammenlignes med en måned', {
      hint: 'Bruk første_dag(m) for å gjøre måneden om til en dato, eller måned_av(d) for å gjøre datoen om til en måned.',
    });
  } else {
    ctx.report('LK3003', module, expr.span, message);
  }
}

function membership(env: Env, expr: A.BinaryExpr): Type {
  const needsLeft = needsExpectation(env, expr.left) && !needsExpectation(env, expr.right);
  let left: Type;
  let right: Type;
  if (needsLeft) {
    right = checkExpr(env, expr.right);
    left = checkExpr(env, expr.left, right.kind === 'list' ? right.element : undefined);
  } else {
    left = checkExpr(env, expr.left);
    right = checkExpr(env, expr.right, isWildcard(left) ? undefined : listOf(left));
  }
  if (isWildcard(right)) return booleanType;
  if (right.kind !== 'list') {
    env.ctx.report('LK3009', env.module, expr.right.span, `Etter «i» må det stå en liste, men dette er ${typeName(right)}`);
  } else if (!isAssignable(left, right.element) && !isAssignable(right.element, left)) {
    reportComparison(env, expr, left, right.element);
  }
  return booleanType;
}

function arithmetic(env: Env, expr: A.BinaryExpr, expected: Type | undefined): Type {
  if (expr.right.kind === 'Duration' && (expr.operator === '+' || expr.operator === '-')) return calendarShift(env, expr, expr.right);
  const op = expr.operator;
  const listExpected = op === '+' && expected?.kind === 'list' ? expected : undefined;
  const left = checkExpr(env, expr.left, listExpected);
  const right = checkExpr(env, expr.right, listExpected ?? (left.kind === 'list' ? left : undefined));
  if (isWildcard(left) || isWildcard(right)) return left.kind === 'error' || right.kind === 'error' ? errorType : isWildcard(left) ? right : left;
  const { ctx, module } = env;
  const numberResult = (): Type => (op !== '/' && left.kind === 'integer' && right.kind === 'integer' ? integerType : decimalType);
  if (isNumeric(left) && isNumeric(right)) return numberResult();
  if (op === '+' || op === '-') {
    if (left.kind === 'money' && right.kind === 'money') return left;
    if (op === '+' && left.kind === 'list' && right.kind === 'list') {
      const common = commonType(left, right);
      if (common) return common;
    }
    if ((left.kind === 'money' && isNumeric(right)) || (right.kind === 'money' && isNumeric(left))) {
      const plain = left.kind === 'money' ? expr.right : expr.left;
      ctx.report('LK3002', module, expr.span, `Et beløp og et tall uten enhet kan ikke legges sammen eller trekkes fra`, {
        hint: plain.kind === 'Number' ? `Skriv «${plain.value.replace('.', ',')} kr».` : 'Gjør tallet om til et beløp, for eksempel ved å gange med «1 kr».',
      });
      return errorType;
    }
  } else if (op === '*') {
    if (left.kind === 'money' && isNumeric(right)) return left;
    if (isNumeric(left) && right.kind === 'money') return right;
  } else {
    if (left.kind === 'money' && isNumeric(right)) return left;
    if (left.kind === 'money' && right.kind === 'money') return decimalType;
  }
  const verb = { '+': 'legge sammen', '-': 'trekke fra', '*': 'gange', '/': 'dele' }[op as '+' | '-' | '*' | '/'];
  ctx.report('LK3003', module, expr.span, `Kan ikke ${verb} ${typeName(left)} og ${typeName(right)}`, {
    hint:
      left.kind === 'date' || right.kind === 'date' || left.kind === 'month' || right.kind === 'month'
        ? 'Datoer og måneder kan sammenlignes, men ikke regnes med. Bruk alder(…) for alder i år.'
        : undefined,
  });
  return errorType;
}

/**
 * `tabell(nøkler) per dato`: the lookup has the table's type; the date is a `dato` or a
 * `måned` (read on its first day). Only a table lookup has rows to choose by date (LK3014).
 */
function lookupAt(env: Env, expr: A.LookupAt, expected: Type | undefined): Type {
  const { ctx, module } = env;
  const type = checkExpr(env, expr.lookup, expected);
  const date = checkExpr(env, expr.date);
  if (!isWildcard(date) && date.kind !== 'date' && date.kind !== 'month') {
    ctx.report('LK3001', module, expr.date.span, `Etter «per» må det stå en dato eller en måned, ikke ${typeName(date)}`);
  }
  const table = tableLookedUp(env, expr.lookup);
  // What is looked up is unknown (reported where it is named): whether it is a table is not known either.
  if (!table && type.kind === 'error') return errorType;
  if (!table) {
    ctx.report('LK3014', module, expr.span, '«per» kan bare stå etter et oppslag i en tabell', {
      hint: 'Skriv for eksempel «veiledende_sats(k) per første_dag(beregningsmåned)». En regel som trenger en annen dato, kan ta datoen som parameter.',
    });
    return errorType;
  }
  const problem = perProblem(env, table);
  if (problem) {
    ctx.report('LK3014', module, expr.span, problem.message, { hint: problem.hint });
    return errorType;
  }
  return type;
}

function tableLookedUp(env: Env, expr: A.Expr): TableSymbol | undefined {
  if (expr.kind !== 'Call' || expr.callee.kind !== 'Reference') return undefined;
  const name = expr.callee.name.text;
  if (env.locals.has(name)) return undefined;
  const found = lookupValue(env.module, name);
  return found.kind === 'found' && found.symbol.kind === 'table' ? found.symbol : undefined;
}

/**
 * Why `per` cannot read this table at another day: it has no dated rows (nothing to choose),
 * or a cell computes its value from rules or inputs, which are evaluated at the as-of date
 * (the row would be of one day and its value of another).
 */
function perProblem(env: Env, table: TableSymbol): { message: string; hint: string } | undefined {
  const [header, ...rows] = table.decl.rows;
  const dated = header?.cells.some((cell) => cell.content.kind === 'HeaderKeyword' && cell.content.keyword === 'fra');
  if (!dated) return { message: `Tabellen «${table.name}» har ingen datoer, så «per» har ingen rad å velge`, hint: 'Fjern «per», eller gi tabellen en kolonne «fra».' };
  const computed = rows.some((row) => row.cells.some((cell) => cell.content.kind === 'Value' && usesValues(env, cell.content.value)));
  if (!computed) return undefined;
  return {
    message: `Tabellen «${table.name}» har celler som regnes ut fra regler eller inndata; de regnes ut på vurderingstidspunktet, så «per» kan ikke brukes`,
    hint: 'Skriv tallene i cellene, eller slå opp på vurderingstidspunktet.',
  };
}

/** Does a table cell read rules, inputs or the as-of date (anything but literals and enumeration members)? */
function usesValues(env: Env, expr: A.Expr): boolean {
  switch (expr.kind) {
    case 'Reference':
      return lookupValue(env.module, expr.name.text).kind !== 'missing';
    case 'Call':
    case 'At':
      return true;
    case 'MemberAccess':
      return expr.object.kind !== 'Reference' || lookupValue(env.module, expr.object.name.text).kind !== 'missing';
    case 'Unary':
    case 'Percent':
      return usesValues(env, expr.operand);
    case 'Binary':
      return usesValues(env, expr.left) || usesValues(env, expr.right);
    case 'If':
      return usesValues(env, expr.condition) || usesValues(env, expr.then) || usesValues(env, expr.otherwise);
    case 'List':
      return expr.items.some((item) => usesValues(env, item));
    case 'Record':
      return expr.fields.some((field) => usesValues(env, field.value));
    default:
      return false;
  }
}

/**
 * `dato ± N dager|måneder|år` is a date, `måned ± N måneder|år` a month (docs/language.md §3,
 * dates and months). A month has no days to move by; a duration is a whole number.
 */
function calendarShift(env: Env, expr: A.BinaryExpr, duration: A.DurationLiteral): Type {
  const { ctx, module } = env;
  const left = checkExpr(env, expr.left);
  if (!Number.isInteger(duration.amount)) {
    ctx.report('LK3003', module, duration.span, `En varighet må være et helt antall ${duration.unit === 'dag' ? 'dager' : duration.unit === 'måned' ? 'måneder' : 'år'}`);
    return errorType;
  }
  if (isWildcard(left)) return left;
  if (left.kind === 'date') return dateType;
  if (left.kind === 'month' && duration.unit !== 'dag') return monthType;
  const verb = expr.operator === '+' ? 'legge' : 'trekke';
  ctx.report('LK3003', module, expr.span, `Kan ikke ${verb} ${duration.amount} ${duration.written} ${expr.operator === '+' ? 'til' : 'fra'} ${typeName(left)}`, {
    hint: left.kind === 'month' ? 'En måned flyttes med måneder eller år. For dager: bruk første_dag(m) eller siste_dag(m) først.' : 'Bare datoer og måneder kan flyttes med en varighet.',
  });
  return errorType;
}

function list(env: Env, expr: A.ListLiteral, expected: Type | undefined): Type {
  let element: Type | undefined = expected?.kind === 'list' ? expected.element : undefined;
  let result: Type = undeterminedType;
  for (const item of expr.items) {
    const type = checkExpr(env, item, element);
    const common = commonType(result, type);
    if (!common) {
      env.ctx.report('LK3001', env.module, item.span, `Alle elementene i en liste må ha samme type; dette er ${typeName(type)}, ikke ${typeName(result)}`);
      continue;
    }
    result = common;
    element ??= type;
  }
  return listOf(result);
}

function record(env: Env, expr: A.RecordLiteral, expected: Type | undefined): Type {
  const { ctx, module } = env;
  let symbol: RecordSymbol | undefined;
  if (expr.typeName) {
    const found = lookupType(module, expr.typeName.text);
    if (found.kind === 'found' && found.symbol.kind === 'record') {
      symbol = found.symbol;
      ctx.refer(expr.typeName, symbol);
    } else if (found.kind === 'ambiguous') {
      reportAmbiguous(env, expr.typeName, found.symbols);
    } else {
      ctx.report('LK2005', module, expr.typeName.span, `Ukjent posttype «${expr.typeName.text}»`, {
        hint: found.kind === 'found' ? `«${expr.typeName.text}» er ikke en type med felt.` : undefined,
      });
    }
  } else if (expected?.kind === 'record') {
    symbol = expected.symbol;
  } else if (!expected || !isWildcard(expected)) {
    ctx.report('LK3007', module, expr.span, 'Det går ikke fram hvilken type denne posten har', {
      hint: 'Skriv typenavnet foran, for eksempel «Barn { fødselsdato: 2019-11-30 }».',
    });
  }
  const given = new Set<string>();
  for (const field of expr.fields) {
    const declared: FieldSymbol | undefined = symbol?.fields.get(field.name.text);
    if (given.has(field.name.text)) ctx.report('LK2017', module, field.name.span, `Feltet «${field.name.text}» er gitt to ganger`);
    given.add(field.name.text);
    if (symbol && !declared) reportUnknownField(env, field.name, symbol);
    if (declared) {
      ctx.refer(field.name, declared);
      expectType(env, field.value, declared.type, `feltet «${field.name.text}»`);
    } else {
      checkExpr(env, field.value);
    }
  }
  if (!symbol) return errorType;
  const missing = [...symbol.fields.values()].filter((f) => !f.decl.defaultValue && !given.has(f.name)).map((f) => f.name);
  if (missing.length > 0) {
    ctx.report('LK3008', module, expr.span, `Posten mangler ${missing.length === 1 ? 'feltet' : 'feltene'} ${missing.map((m) => `«${m}»`).join(', ')}`);
  }
  return { kind: 'record', symbol };
}

// ─── Calls ───────────────────────────────────────────────────────────────────

function call(env: Env, expr: A.Call, expected: Type | undefined): Type {
  const { ctx, module } = env;
  const callee = expr.callee;
  if (callee.kind !== 'Reference') {
    checkExpr(env, callee);
    ctx.report('LK3006', module, callee.span, 'Bare regler med parametre, tabeller og innebygde funksjoner kan kalles');
    checkArgsLoosely(env, expr);
    return errorType;
  }
  const name = callee.name;
  const local = env.locals.get(name.text);
  const found = local ? undefined : lookupValue(module, name.text);
  if (local || found?.kind !== 'found') {
    if (local) {
      ctx.refer(name, local);
      ctx.report('LK3006', module, name.span, `«${name.text}» er en verdi og kan ikke kalles`);
    } else if (found?.kind === 'ambiguous') {
      reportAmbiguous(env, name, found.symbols);
    } else {
      reportUnknownName(env, name);
    }
    checkArgsLoosely(env, expr);
    return errorType;
  }
  const symbol = found.symbol;
  ctx.refer(name, symbol);
  ctx.types.set(callee, errorType);
  if (symbol.kind === 'builtin' && symbol.role === 'function') return builtinCall(env, expr, symbol.name as BuiltinFunctionName, expected);
  if (expr.comprehension) {
    ctx.report('LK3005', module, expr.comprehension.span, '«for … i …» kan bare brukes i sum, antall, noen, alle, liste, distinkte, maks og min');
    checkArgsLoosely(env, expr);
    return errorType;
  }
  if (((symbol.kind === 'rule' || symbol.kind === 'discretion') && symbol.params) || symbol.kind === 'table') {
    ctx.depend(env.owner, symbol);
    const params = symbol.params ?? [];
    if (expr.args.length !== params.length) {
      ctx.report('LK3005', module, expr.span, `«${symbol.name}» tar ${params.length} argument${params.length === 1 ? '' : 'er'}, men fikk ${expr.args.length}`, {
        hint: `Skriv ${symbol.name}(${params.map((p) => p.name).join(', ')}).`,
      });
    }
    expr.args.forEach((arg, i) => {
      const param = params[i];
      if (param) expectType(env, arg, param.type, `argumentet «${param.name}»`);
      else checkExpr(env, arg);
    });
    return symbol.type;
  }
  ctx.report('LK3006', module, name.span, `«${name.text}» er en verdi og kan ikke kalles`, {
    hint: symbol.kind === 'rule' ? 'Regelen har ingen parametre; skriv bare navnet.' : undefined,
  });
  checkArgsLoosely(env, expr);
  return errorType;
}

/** Checks arguments of a call that is already in error, for their own diagnostics. */
function checkArgsLoosely(env: Env, expr: A.Call): void {
  for (const arg of expr.args) checkExpr(env, arg);
  if (expr.comprehension) checkComprehension(env, expr.comprehension);
}

/** Binds the comprehension's variable and returns the type of its body. */
function checkComprehension(env: Env, comprehension: A.Comprehension): Type {
  const source = checkExpr(env, comprehension.source);
  let element: Type = errorType;
  if (source.kind === 'list') element = source.element;
  else if (!isWildcard(source)) {
    env.ctx.report('LK3009', env.module, comprehension.source.span, `Etter «i» må det stå en liste, men dette er ${typeName(source)}`);
  }
  const variable: VariableSymbol = {
    kind: 'variable',
    boundBy: 'comprehension',
    name: comprehension.variable.text,
    type: element,
    module: env.module,
    nameSpan: comprehension.variable.span,
    doc: undefined,
  };
  env.ctx.declare(comprehension.variable, variable);
  const locals = new Map(env.locals);
  locals.set(variable.name, variable);
  const inner: Env = { ...env, locals };
  if (comprehension.filter) expectType(inner, comprehension.filter, booleanType, 'betingelsen etter «der»');
  if (comprehension.ordering) checkOrderingKey(inner, comprehension.ordering.key);
  // The element's position is decided by `der` and `etter`, and known in the body only.
  const positioned = new Map(env.positioned);
  positioned.set(variable, comprehension);
  return checkExpr({ ...inner, positioned }, comprehension.body);
}

/** The key after `etter`: of a type whose values have an order (docs/language.md §4). */
function checkOrderingKey(env: Env, key: A.Expr): void {
  const type = checkExpr(env, key);
  if (isWildcard(type) || isOrderable(type)) return;
  env.ctx.report('LK3015', env.module, key.span, `Kan ikke ordne etter ${typeName(type)}`, {
    hint: 'Ordne etter et tall, et beløp, en dato, en måned, en tekst eller et valg, for eksempel «etter b.fødselsdato».',
  });
}

function isOrderable(type: Type): boolean {
  switch (type.kind) {
    case 'integer':
    case 'decimal':
    case 'money':
    case 'date':
    case 'month':
    case 'text':
    case 'enum':
      return true;
    default:
      return false;
  }
}

/**
 * `plass(x)` and `rang(x)`: `x` is the variable of a comprehension, used in its body, and for
 * `rang` the comprehension has `etter` (the key that decides which elements share a rank).
 */
function positionCall(env: Env, expr: A.Call, fn: 'plass' | 'rang'): Type {
  if (expr.comprehension || expr.args.length !== 1) return arityError(env, expr, fn);
  const arg = expr.args[0] as A.Expr;
  const type = checkExpr(env, arg);
  const local = arg.kind === 'Reference' ? env.locals.get(arg.name.text) : undefined;
  const variable = local?.kind === 'variable' && local.boundBy === 'comprehension' ? local : undefined;
  const example = `${fn}(b) i sum(… for b i barn etter b.fødselsdato)`;
  if (!variable) {
    if (arg.kind !== 'Reference' || !isWildcard(type)) {
      env.ctx.report('LK3016', env.module, arg.span, `${fn}(…) tar variabelen fra en «for … i …», ikke ${arg.kind === 'Reference' ? `«${arg.name.text}»` : 'et uttrykk'}`, {
        hint: `Skriv for eksempel ${example}.`,
      });
    }
    return integerType;
  }
  const comprehension = env.positioned?.get(variable);
  if (!comprehension) {
    env.ctx.report('LK3016', env.module, arg.span, `Plassen til «${variable.name}» er ikke kjent i «der» og «etter»: den avhenger av dem`, {
      hint: `Bruk ${fn}(${variable.name}) i uttrykket foran «for».`,
    });
  } else if (fn === 'rang' && !comprehension.ordering) {
    env.ctx.report('LK3016', env.module, expr.span, `rang(${variable.name}) trenger en rekkefølge: skriv «etter nøkkel» i «for ${variable.name} i …»`, {
      hint: `Uten «etter» gir plass(${variable.name}) plassen i listens rekkefølge.`,
    });
  }
  return integerType;
}

/** The element type an aggregation works on: of its comprehension, or of its single list argument. */
function aggregated(env: Env, expr: A.Call, fn: string): Type | undefined {
  if (expr.comprehension) return checkComprehension(env, expr.comprehension);
  if (expr.args.length !== 1) return undefined;
  const type = checkExpr(env, expr.args[0] as A.Expr);
  if (type.kind === 'list') return type.element;
  if (isWildcard(type)) return errorType;
  env.ctx.report('LK3009', env.module, (expr.args[0] as A.Expr).span, `${fn}(…) trenger en liste, men fikk ${typeName(type)}`);
  return errorType;
}

function arityError(env: Env, expr: A.Call, fn: BuiltinFunctionName): Type {
  const symbol = builtinFunctions.get(fn);
  env.ctx.report('LK3005', env.module, expr.span, `Feil antall argumenter til ${fn}`, { hint: `Skriv ${symbol?.signature ?? fn}.` });
  checkArgsLoosely(env, expr);
  return errorType;
}

function builtinCall(env: Env, expr: A.Call, fn: BuiltinFunctionName, expected: Type | undefined): Type {
  const { ctx, module } = env;
  const args = expr.args;
  const positional = (count: number): boolean => !expr.comprehension && args.length === count;
  switch (fn) {
    case 'alder':
    case 'første_dag':
    case 'måned_av':
    case 'siste_dag': {
      const params = builtinParameterTypes[fn] as readonly Type[];
      if (!positional(params.length)) return arityError(env, expr, fn);
      const what = fn === 'alder' ? ['fødselsdatoen', 'datoen alderen regnes på'] : ['argumentet'];
      params.forEach((type, i) => expectType(env, args[i] as A.Expr, type, what[i]));
      return builtinResultTypes[fn] as Type;
    }
    case 'år':
    case 'måned': {
      if (!positional(1)) return arityError(env, expr, fn);
      const type = checkExpr(env, args[0] as A.Expr);
      if (!isWildcard(type) && type.kind !== 'date' && type.kind !== 'month') {
        ctx.report('LK3001', module, (args[0] as A.Expr).span, `${fn}(…) virker på en dato eller en måned, ikke på ${typeName(type)}`);
      }
      return builtinResultTypes[fn] as Type;
    }
    case 'avrund': {
      if (!positional(3)) return arityError(env, expr, fn);
      const value = checkExpr(env, args[0] as A.Expr, expected);
      if (!isWildcard(value) && !isNumeric(value) && value.kind !== 'money') {
        ctx.report('LK3001', module, (args[0] as A.Expr).span, `Bare tall og beløp kan rundes av, ikke ${typeName(value)}`);
      }
      expectType(env, args[1] as A.Expr, value.kind === 'integer' ? decimalType : value, 'steget');
      expectType(env, args[2] as A.Expr, enumType(roundingModes), 'avrundingsmåten');
      return value;
    }
    case 'maks':
    case 'min': {
      if (!expr.comprehension && args.length >= 2) {
        let result = checkExpr(env, args[0] as A.Expr, expected);
        for (const arg of args.slice(1)) {
          const type = checkExpr(env, arg, result);
          const common = commonType(result, type);
          if (!common) reportMismatch(env, arg.span, type, result, 'argumentet');
          else result = common;
        }
        return numericResult(env, expr, fn, result);
      }
      const element = aggregated(env, expr, fn);
      return element ? numericResult(env, expr, fn, element) : arityError(env, expr, fn);
    }
    case 'sum': {
      const element = aggregated(env, expr, fn);
      return element ? numericResult(env, expr, fn, element) : arityError(env, expr, fn);
    }
    case 'antall':
      return aggregated(env, expr, fn) ? integerType : arityError(env, expr, fn);
    case 'noen':
    case 'alle': {
      const element = aggregated(env, expr, fn);
      if (!element) return arityError(env, expr, fn);
      if (!isAssignable(element, booleanType)) {
        ctx.report('LK3001', module, expr.span, `${fn}(…) trenger betingelser (sannhetsverdier), men fikk ${typeName(element)}`);
      }
      return booleanType;
    }
    case 'liste':
    case 'distinkte': {
      const element = aggregated(env, expr, fn);
      return element ? listOf(element) : arityError(env, expr, fn);
    }
    case 'plass':
    case 'rang':
      return positionCall(env, expr, fn);
    case 'overstyrt':
      return overriddenCall(env, expr);
  }
}

/**
 * `overstyrt(f(a, …))`, `overstyrt(f)`: whether the case carries an override of the `skjønn`
 * `f` (for these arguments). The argument names the `skjønn`; it is not evaluated.
 */
function overriddenCall(env: Env, expr: A.Call): Type {
  if (expr.comprehension || expr.args.length !== 1) return arityError(env, expr, 'overstyrt');
  const arg = expr.args[0] as A.Expr;
  const type = checkExpr(env, arg);
  const name = arg.kind === 'Reference' ? arg.name : arg.kind === 'Call' && arg.callee.kind === 'Reference' ? arg.callee.name : undefined;
  // Resolved as the checker resolved it, without reading the recorded references (they are built for later stages).
  const found = name && !env.locals.has(name.text) ? lookupValue(env.module, name.text) : undefined;
  const symbol = found?.kind === 'found' ? found.symbol : undefined;
  if (symbol?.kind !== 'discretion' && !(symbol === undefined && isWildcard(type))) {
    env.ctx.report('LK3017', env.module, arg.span, 'overstyrt(…) tar et skjønn, som overstyrt(boutgifter) eller overstyrt(barnets_behov(b))', {
      hint: 'Bare et skjønn kan overstyres av saksbehandleren.',
    });
  }
  return booleanType;
}

function numericResult(env: Env, expr: A.Call, fn: string, type: Type): Type {
  if (isWildcard(type) || isNumeric(type) || type.kind === 'money') return type;
  env.ctx.report('LK3001', env.module, expr.span, `${fn}(…) virker på tall og beløp, ikke på ${typeName(type)}`);
  return errorType;
}
