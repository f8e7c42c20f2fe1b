import type { InputViolation } from '../runtime/errors.js';
import { pointerSegment, quote } from '../schema/messages.js';
import { MAX_VIOLATIONS } from '../schema/validate.js';
import { EXACT_DIGITS, inexactNumber, inexactNumberMessage } from './json-number.js';

/**
 * What `JSON.parse` reads silently but not as written (docs/engine.md §8): a field given
 * twice in one object (the last one wins) and a number that a double does not hold exactly
 * (it is rounded, or becomes `Infinity` or 0). These are exactly what I-JSON (RFC 7493)
 * forbids. Each is reported at its JSON path, with its line and column in the text.
 *
 * The text must already be valid JSON: one linear pass reads its tokens, without building
 * values. Strings are skipped with `indexOf`; only field names are sliced out.
 */
export function findAmbiguities(text: string): InputViolation[] {
  return new AmbiguityScan(text).run();
}

const QUOTE = 34;
const BACKSLASH = 92;
const MINUS = 45;
const PLUS = 43;
const POINT = 46;
const ZERO = 48;
const NINE = 57;
const LOWER_E = 101;
const UPPER_E = 69;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_LIST = 91;
const CLOSE_LIST = 93;
const COMMA = 44;

/** Objects with more fields than this look names up in a `Set` instead of a list. */
const SMALL_OBJECT = 16;

/** One open object or list, for its field names and for the JSON path. */
interface Container {
  isObject: boolean;
  /** An object's field names so far, while it is small: the first `count` entries. */
  readonly names: string[];
  count: number;
  /** An object's field names once it is large. */
  set: Set<string> | undefined;
  /** The current field name, or the current index of a list. */
  key: string | number;
}

class AmbiguityScan {
  /** The open containers, outermost first; entries past `depth` are kept for reuse by this scan. */
  private readonly containers: Container[] = [];
  private depth = 0;
  private readonly violations: InputViolation[] = [];
  private dropped = 0;
  private expectingName = false;

  constructor(private readonly text: string) {}

  run(): InputViolation[] {
    const text = this.text;
    let at = 0;
    while (at < text.length) {
      const c = text.charCodeAt(at);
      if (c === QUOTE) at = this.string(at);
      else if (c === MINUS || (c >= ZERO && c <= NINE)) at = this.number(at);
      else {
        if (c === OPEN_OBJECT) this.open(true);
        else if (c === OPEN_LIST) this.open(false);
        else if ((c === CLOSE_OBJECT || c === CLOSE_LIST) && this.depth > 0) this.depth--;
        else if (c === COMMA) this.next();
        at++;
      }
    }
    if (this.dropped > 0) this.violations.push({ path: '', message: `… og ${this.dropped} feil til; bare de første ${MAX_VIOLATIONS} er vist` });
    return this.violations;
  }

  private open(isObject: boolean): void {
    const reused = this.containers[this.depth];
    if (reused) {
      reused.isObject = isObject;
      reused.count = 0;
      reused.set = undefined;
      reused.key = 0;
    } else {
      this.containers.push({ isObject, names: [], count: 0, set: undefined, key: 0 });
    }
    this.depth++;
    this.expectingName = isObject;
  }

  /** After a comma: the next field name, or the next list index. */
  private next(): void {
    const container = this.containers[this.depth - 1];
    if (!container) return;
    if (container.isObject) this.expectingName = true;
    else container.key = (container.key as number) + 1;
  }

  /** A string at `start`; a field name is checked against the object's other names. Returns the index after it. */
  private string(start: number): number {
    const end = stringEnd(this.text, start);
    if (this.expectingName) {
      this.expectingName = false;
      this.name(this.text.slice(start + 1, end), start);
    }
    return end + 1;
  }

  private name(raw: string, start: number): void {
    const name = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
    const container = this.containers[this.depth - 1] as Container;
    container.key = name;
    if (isNew(container, name)) return;
    this.report(start, `Feltet ${quote(name)} er gitt flere ganger i samme objekt; bare én verdi kan gjelde`);
  }

  /** A number at `start`, checked unless it is plainly exact. Returns the index after it. */
  private number(start: number): number {
    const text = this.text;
    let at = start;
    let digits = 0;
    let plain = true;
    for (; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (c >= ZERO && c <= NINE) digits++;
      else if (c === LOWER_E || c === UPPER_E) plain = false;
      else if (c !== POINT && c !== MINUS && c !== PLUS) break;
    }
    // At most 15 digits and no exponent: a double holds it exactly.
    if (plain && digits <= EXACT_DIGITS) return at;
    const literal = text.slice(start, at);
    const problem = inexactNumber(literal);
    if (problem) this.report(start, inexactNumberMessage(literal, problem));
    return at;
  }

  private report(offset: number, message: string): void {
    if (this.violations.length >= MAX_VIOLATIONS) {
      this.dropped++;
      return;
    }
    this.violations.push({ path: this.path(), message: `${message} (${position(this.text, offset)})` });
  }

  /** The JSON pointer of the current value or field. */
  private path(): string {
    let path = '';
    for (let i = 0; i < this.depth; i++) path += `/${pointerSegment((this.containers[i] as Container).key)}`;
    return path;
  }
}

/** Adds a field name to an object's names; false if it was there already. */
function isNew(container: Container, name: string): boolean {
  const { names, count, set } = container;
  if (set) {
    if (set.has(name)) return false;
    set.add(name);
    return true;
  }
  for (let i = 0; i < count; i++) if (names[i] === name) return false;
  names[count] = name;
  container.count = count + 1;
  if (count + 1 > SMALL_OBJECT) container.set = new Set(names.slice(0, count + 1));
  return true;
}

/** The index of the quote that ends the string starting at `start` (the text's length if none does). */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  while (end >= 0 && escaped(text, end)) end = text.indexOf('"', end + 1);
  return end < 0 ? text.length : end;
}

/** Is the quote at `at` escaped: preceded by an odd number of backslashes? */
function escaped(text: string, at: number): boolean {
  let backslashes = 0;
  while (text.charCodeAt(at - 1 - backslashes) === BACKSLASH) backslashes++;
  return backslashes % 2 === 1;
}

/** «linje 3, kolonne 12» for an offset in the text (both counted from 1). */
export function position(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return `linje ${line}, kolonne ${offset - lineStart + 1}`;
}
