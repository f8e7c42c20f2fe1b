import { _, Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import * as standalone from 'ajv/dist/standalone/index.js';
import { isIsoDate } from '@lovkode/dsl';
import { generatedFrom } from '../runtime/code-generation.js';
import type { InputViolation } from '../runtime/errors.js';
import { codecOfSchema } from '../values/kinds.js';
import { decimalsOf } from '../values/money.js';
import { MAX_LIST_ITEMS, MONEY_KEYWORD } from '../values/limits.js';
import type { ScalarCodec, SchemaNode } from '../values/codec.js';
import { OVERRIDES_PROPERTY, type JsonSchema } from './input-schema.js';
import { expected, listTooLong, missingField, pointerSegment, quote, tooManyFields, unknownField } from './messages.js';

/**
 * Validation of an input against its generated schema (docs/engine.md §8): ajv finds the
 * violations, and they are reported once per problem, at JSON paths such as
 * `/barn/0/fødselsdato`, in plain Norwegian. The validator never throws, whatever it is given.
 */
export type InputValidator = (input: unknown) => InputViolation[];

/** At most this many violations are reported; a last one says how many more there were. */
export const MAX_VIOLATIONS = 1000;
/** An object in a valid input has its declared fields only; more than this is refused unread. */
export const MAX_FIELDS = 1000;

/**
 * Compiles the schema once (with ajv, draft 2020-12) and returns a function that lists
 * every violation of an input, or nothing when the input is valid.
 */
export function createInputValidator(schema: JsonSchema, validate?: ValidateFunction): InputValidator {
  const check = compileChecker(schema, validate);
  return (input) => check(input, '');
}

/**
 * Input validators and value checkers by the text of their schema, for a holder that outlives
 * one check (the editor's worker, across edits): an edit that does not change the inputs (or
 * the type of a `skjønn`) gives the same schema, and ajv does not compile it again. Keeps the
 * `capacity` most recently used of each.
 */
export class InputValidators {
  private readonly bySchema = new Map<string, InputValidator>();
  private readonly checkers = new Map<string, Checker>();

  /**
   * `prebuilt`: ajv's validate functions already made of their schemas, by the schema's text
   * (a module `lovkode build` wrote prints ajv's standalone code of each, `validatorSource`):
   * for these, ajv compiles nothing, and no code is made from a string.
   */
  constructor(
    private readonly capacity = 16,
    private readonly prebuilt: ReadonlyMap<string, ValidateFunction> = new Map(),
  ) {}

  of(schema: JsonSchema): InputValidator {
    const text = JSON.stringify(schema);
    return recent(this.bySchema, text, this.capacity, () => createInputValidator(schema, this.prebuilt.get(text)));
  }

  /** The checker of a value schema (`valueSchema`, an override's value), as `compileChecker` makes it. */
  checker(schema: JsonSchema): Checker {
    const text = JSON.stringify(schema);
    return recent(this.checkers, text, this.capacity, () => compileChecker(schema, this.prebuilt.get(text)));
  }

  /** The schemas of the validators and checkers kept, by their text (what `lovkode build` prints). */
  schemas(): string[] {
    return [...this.bySchema.keys(), ...this.checkers.keys()];
  }
}

/** The entry of `key` in `map`, made if missing, kept as the most recently used of at most `capacity`. */
function recent<T>(map: Map<string, T>, key: string, capacity: number, make: () => T): T {
  let value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
  } else {
    value = make();
    if (map.size >= capacity) map.delete(map.keys().next().value as string);
  }
  map.set(key, value);
  return value;
}

/** Is this violation about size (a list, text or object over its limit): `LK7007`? */
export function isSizeViolation(violation: InputViolation): boolean {
  return sizeViolations.has(violation);
}

/** The error code for violations of the input schema: `LK7007` if the input is too large, else `LK7005`. */
export function inputErrorCode(violations: readonly InputViolation[]): 'LK7005' | 'LK7007' {
  return violations.some(isSizeViolation) ? 'LK7007' : 'LK7005';
}

/** Checks a value against a schema; the paths of its violations start with `prefix`. */
export type Checker = (data: unknown, prefix: string) => InputViolation[];

/**
 * Compiles a schema made by `inputSchema` or `valueSchema` (or takes `validate`, ajv's function
 * already made of it). Throws only for a malformed schema, or where code may not be made from
 * a string.
 */
export function compileChecker(schema: JsonSchema, validate: ValidateFunction = compiled(schema)): Checker {
  return (data, prefix) => {
    try {
      return run(validate, data, prefix);
    } catch (error) {
      // Nesting deeper than the stack (a recursive record type), or an object that cannot be read.
      const report = new Report(prefix);
      if (error instanceof RangeError) report.add('', 'Inndataene er for dypt nestet', true);
      else report.add('', 'Inndataene kan ikke leses som JSON', false);
      return report.violations;
    }
  };
}

const sizeViolations = new WeakSet<InputViolation>();

/** ajv's validate function of a schema (made with `new Function`). */
function compiled(schema: JsonSchema): ValidateFunction {
  return generatedFrom('Valideringen av inndataene', () => newAjv().compile(schema));
}

/**
 * ajv's standalone code of a schema's validator: an ES module whose default export is the
 * validate function `compileChecker` would compile, for `InputValidators`' `prebuilt`. It
 * imports ajv's runtime helpers, and refers to `validatorFunctions` (the date format and the
 * check of an amount) by the name `lovkodeValidation`, which the module that holds it defines.
 */
export function validatorSource(schema: JsonSchema): string {
  const ajv = newAjv({ source: true, esm: true, formats: _`lovkodeValidation.formats` });
  return standaloneCode(ajv, ajv.compile(schema));
}

/** What ajv's code of a schema calls besides ajv's own runtime: the format `date` and the keyword of amounts. */
export const validatorFunctions = Object.freeze({ formats: Object.freeze({ date: isIsoDate }), money: moneyWithin });

/**
 * ajv's printer of standalone code. Its module is CommonJS, exported as itself and as its own
 * `default`: the namespace's `default` is the printer in Node and in a bundle alike, which the
 * two module resolutions of this repository type differently.
 */
const standaloneCode = (standalone as unknown as { default: (ajv: Ajv2020, validate: ValidateFunction) => string }).default;

/** Whether a number is an amount within the keyword's rule: finite, at most `maxDecimals` decimals, not negative unless allowed. */
function moneyWithin(rule: { maxDecimals: number; negativeAllowed?: boolean }, data: unknown): boolean {
  return typeof data !== 'number' || (Number.isFinite(data) && decimalsOf(data) <= rule.maxDecimals && (rule.negativeAllowed === true || data >= 0));
}

/** `code`: ajv's options for standalone code (`validatorSource`). */
function newAjv(code?: { source: true; esm: true; formats: ReturnType<typeof _> }): Ajv2020 {
  // A fresh instance per schema, so nothing accumulates in ajv's cache as rule sets are
  // recompiled (the editor). The schema is generated, and checked against the 2020-12
  // meta-schema by the tests; checking it again here would triple the compile time.
  // `ownProperties`: a field the input leaves out is absent even when its name is that of an
  // inherited JavaScript property (`toString`, `constructor`).
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictNumbers: true, validateFormats: true, validateSchema: false, ownProperties: true, ...(code ? { code } : {}) });
  ajv.addFormat('date', isIsoDate);
  ajv.addKeyword({
    keyword: MONEY_KEYWORD,
    schemaType: 'object',
    metaSchema: {
      type: 'object',
      properties: { maxDecimals: { type: 'integer', minimum: 0 }, negativeAllowed: { type: 'boolean' } },
      required: ['maxDecimals'],
      additionalProperties: false,
    },
    errors: false,
    // Code that calls `moneyWithin` (as a keyword with a `validate` function would), and names
    // it in standalone code as `validatorFunctions`, which has it.
    code(cxt) {
      const within = cxt.gen.scopeValue('keyword', { ref: moneyWithin, code: _`lovkodeValidation.money` });
      cxt.fail(_`!${within}(${cxt.schemaValue}, ${cxt.data})`);
    },
  });
  return ajv;
}

/** Violations collected for one input: at most one per path and message, at most MAX_VIOLATIONS. */
class Report {
  readonly violations: InputViolation[] = [];
  private readonly seen = new Set<string>();
  private readonly sizePaths = new Set<string>();
  private readonly paths = new Set<string>();
  private dropped = 0;

  constructor(private readonly prefix: string) {}

  add(path: string, message: string, size = false): void {
    const key = `${path}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (size) this.sizePaths.add(path);
    this.paths.add(path);
    // Size violations are always reported: they decide the error code (LK7007).
    if (this.violations.length >= MAX_VIOLATIONS && !size) {
      this.dropped++;
      return;
    }
    const violation: InputViolation = { path: this.prefix + path, message };
    if (size) sizeViolations.add(violation);
    this.violations.push(violation);
  }

  hasSizeViolation(path: string): boolean {
    return this.sizePaths.has(path);
  }

  /** Is something already reported at this path or around it (an unknown field, a wrong type)? */
  coversPath(path: string): boolean {
    for (let p = path; ; p = p.slice(0, p.lastIndexOf('/'))) {
      if (this.paths.has(p)) return true;
      if (p === '') return false;
    }
  }

  finish(): InputViolation[] {
    if (this.dropped > 0) {
      this.violations.push({ path: this.prefix, message: `… og ${this.dropped} feil til; bare de første ${MAX_VIOLATIONS} er vist` });
    }
    return this.violations;
  }
}

function run(validate: ValidateFunction, data: unknown, prefix: string): InputViolation[] {
  const scan = scanLimits(data);
  const valid = validate(scan.view);
  if (valid && scan.oversized.size === 0) return [];
  const report = new Report(prefix);
  if (!valid) {
    for (const error of validate.errors ?? []) mapError(error, scan, report);
  }
  // Oversized lists and objects that ajv did not already report (as too long, or as an
  // unknown field or a wrong type around them).
  for (const [path, { kind, size }] of scan.oversized) {
    if (report.hasSizeViolation(path) || report.coversPath(path)) continue;
    report.add(path, kind === 'list' ? listTooLong(size, MAX_LIST_ITEMS) : tooManyFields(size, MAX_FIELDS), true);
  }
  return report.finish();
}

// ---------------------------------------------------------------------------------------
// From ajv's errors to one plain message per problem

/** What a (generated) schema node describes: a list, an object, an enumeration or a scalar type. */
type Kind = 'enum' | 'list' | 'object' | ScalarCodec | undefined;

function kindOf(schema: SchemaNode): Kind {
  if (Array.isArray(schema.enum)) return 'enum';
  if (schema.type === 'array') return 'list';
  if (schema.type === 'object') return 'object';
  return codecOfSchema(schema);
}

/** An error inside one branch of a number-or-string `anyOf`; the `anyOf` error speaks for it. */
const BRANCH_ERROR = /\/anyOf\/\d+\/[^/]+$/;

function mapError(error: ErrorObject, scan: Scan, report: Report): void {
  if (BRANCH_ERROR.test(error.schemaPath)) return;
  const schema = (error.parentSchema ?? {}) as SchemaNode;
  const path = error.instancePath;
  const data: unknown = error.data;
  const params = error.params as { [name: string]: unknown };
  const kind = kindOf(schema);
  switch (kind) {
    case 'object':
      switch (error.keyword) {
        case 'type':
          return report.add(path, expected(objectPhrase(schema), data));
        case 'required': {
          const name = String(params.missingProperty);
          return report.add(`${path}/${pointerSegment(name)}`, missingField(name));
        }
        case 'additionalProperties': {
          const name = String(params.additionalProperty);
          const known = typeof schema.properties === 'object' && schema.properties !== null ? Object.keys(schema.properties) : [];
          return report.add(`${path}/${pointerSegment(name)}`, unknownField(name, known));
        }
        default:
          return report.add(path, 'Ugyldig verdi');
      }
    case 'list':
      switch (error.keyword) {
        case 'type':
          return report.add(path, expected('en liste', data));
        case 'maxItems': {
          const size = scan.oversized.get(path)?.size ?? (Array.isArray(data) ? data.length : 0);
          return report.add(path, listTooLong(size, Number(params.limit)), true);
        }
        default:
          return report.add(path, 'Ugyldig verdi');
      }
    default: {
      const { message, size } = scalarMessage(kind, schema, data, path);
      return report.add(path, message, size);
    }
  }
}

function objectPhrase(schema: SchemaNode): string {
  const properties = schema.properties as SchemaNode | undefined;
  if (properties && OVERRIDES_PROPERTY in properties) return 'et objekt med inndata';
  if (schema.title === 'Overstyring') return 'en overstyring (et objekt med navn, verdi og begrunnelse)';
  return typeof schema.title === 'string' ? `et objekt av typen ${schema.title}` : 'et objekt';
}

/** What is wrong with a scalar value: its type's codec says, from the value itself; one message per path. */
function scalarMessage(kind: Kind, schema: SchemaNode, data: unknown, path: string): { message: string; size: boolean } {
  if (kind === 'enum') {
    const allowed = (schema.enum as unknown[]).map(String).join(', ');
    if (typeof data !== 'string') return { message: expected(`en av verdiene ${allowed}`, data), size: false };
    return { message: `Ugyldig verdi ${quote(data)}; tillatte verdier er ${allowed}`, size: false };
  }
  if (kind === undefined || typeof kind === 'string') return { message: 'Ugyldig verdi', size: false };
  return kind.violation(data, schema, lastSegment(path));
}

/** The field name a path ends in, if it ends in a field (not a list index). */
function lastSegment(path: string): string | undefined {
  const segment = path.slice(path.lastIndexOf('/') + 1);
  if (path === '' || /^\d+$/.test(segment)) return undefined;
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

// ---------------------------------------------------------------------------------------
// Limits before ajv: an oversized list or object is reported once and read no further

interface Oversized {
  readonly kind: 'list' | 'object';
  readonly size: number;
}

interface Scan {
  /** What ajv validates: the input, or a copy with oversized lists and objects cut short. */
  readonly view: unknown;
  /** Oversized lists and objects by JSON path, with their real sizes. */
  readonly oversized: ReadonlyMap<string, Oversized>;
}

const noOversized: ReadonlyMap<string, Oversized> = new Map();

/**
 * Walks the input (without recursion, so any nesting depth is fine) and finds lists longer
 * than MAX_LIST_ITEMS and objects with more than MAX_FIELDS fields. ajv then validates a copy
 * where those are cut to one element over the limit: it still reports the limit and what is
 * wrong in the first elements, and its time and the number of errors stay bounded.
 */
function scanLimits(root: unknown): Scan {
  if (root === null || typeof root !== 'object' || withinLimits(root)) return { view: root, oversized: noOversized };
  const parents = new Map<object, { parent: object; key: string | number }>();
  const seen = new Set<object>([root]);
  const found: { node: object; keys: readonly string[] | undefined }[] = [];
  const stack: object[] = [root];
  const visit = (child: unknown, parent: object, key: string | number): void => {
    if (child === null || typeof child !== 'object' || seen.has(child)) return;
    seen.add(child);
    parents.set(child, { parent, key });
    stack.push(child);
  };
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (Array.isArray(node)) {
      if (node.length > MAX_LIST_ITEMS) found.push({ node, keys: undefined });
      const end = Math.min(node.length, MAX_LIST_ITEMS + 1);
      for (let i = 0; i < end; i++) visit(node[i], node, i);
    } else {
      const keys = Object.keys(node);
      if (keys.length > MAX_FIELDS) found.push({ node, keys });
      const end = Math.min(keys.length, MAX_FIELDS + 1);
      for (let i = 0; i < end; i++) {
        const key = keys[i] as string;
        visit((node as Record<string, unknown>)[key], node, key);
      }
    }
  }
  if (found.length === 0) return { view: root, oversized: noOversized };

  const oversized = new Map<string, Oversized>();
  const copies = new Map<object, Record<string | number, unknown>>();
  for (const { node, keys } of found) {
    const isList = Array.isArray(node);
    const size = isList ? node.length : (keys as readonly string[]).length;
    copies.set(node, copyOf(node, isList ? MAX_LIST_ITEMS + 1 : MAX_FIELDS + 1, keys));
    const segments: string[] = [];
    for (let info = parents.get(node); info; info = parents.get(info.parent)) segments.push(pointerSegment(info.key));
    oversized.set(segments.reverse().map((s) => `/${s}`).join(''), { kind: isList ? 'list' : 'object', size });
  }
  // Link each cut copy into copies of its ancestors, up to the root.
  for (const { node } of found) {
    let child: object = node;
    for (let info = parents.get(child); info; info = parents.get(child)) {
      const existing = copies.get(info.parent);
      const parentCopy = existing ?? copyOf(info.parent, Infinity);
      const childCopy = copies.get(child);
      if (existing && parentCopy[info.key] === childCopy) break;
      copies.set(info.parent, parentCopy);
      setOwn(parentCopy, info.key, childCopy);
      child = info.parent;
    }
  }
  return { view: copies.get(root) ?? root, oversized };
}

/** Nodes the quick check visits before it leaves the question to the full scan (which also handles cycles). */
const QUICK_CHECK_NODES = 10_000;

/**
 * The quick check for an ordinary input: no list or object over its limit, and small
 * enough to walk without bookkeeping. Allocates nothing but its stack.
 */
function withinLimits(root: object): boolean {
  const stack: object[] = [root];
  let visited = 0;
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (++visited > QUICK_CHECK_NODES) return false;
    if (Array.isArray(node)) {
      if (node.length > MAX_LIST_ITEMS) return false;
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (item !== null && typeof item === 'object') stack.push(item);
      }
      continue;
    }
    // Inherited enumerable fields (never in parsed JSON) only make the count more cautious.
    let fields = 0;
    for (const key in node) {
      if (++fields > MAX_FIELDS) return false;
      const value = (node as Record<string, unknown>)[key];
      if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
  return true;
}

/** A shallow copy with at most `limit` elements or fields. */
function copyOf(node: object, limit: number, knownKeys?: readonly string[]): Record<string | number, unknown> {
  if (Array.isArray(node)) return node.slice(0, limit) as unknown as Record<number, unknown>;
  const copy: Record<string, unknown> = {};
  const keys = knownKeys ?? Object.keys(node);
  const end = Math.min(keys.length, limit);
  for (let i = 0; i < end; i++) {
    const key = keys[i] as string;
    setOwn(copy, key, (node as Record<string, unknown>)[key]);
  }
  return copy;
}

/** Sets an own, enumerable property (also `__proto__`). */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

