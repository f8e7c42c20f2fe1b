import { extendingModules, type ModuleInfo, type Type } from '@lovkode/dsl';
import type { InputViolation } from '../runtime/errors.js';
import { MAX_OVERRIDES, MAX_TEXT_LENGTH, OVERRIDES_PROPERTY, valueSchema, type JsonSchema } from './input-schema.js';
import { emptyField, expected, listTooLong, missingField, quote, textTooLong } from './messages.js';
import { compileChecker, type Checker } from './validate.js';

/** What an override needs to know of a `skjønn`. */
export interface DiscretionInfo {
  readonly type: Type;
  /** A `skjønn` assessed per argument (`skjønn barnets_behov(b: Barn)`): an override names them in `for`. */
  readonly params?: ReadonlyArray<{ readonly type: Type }> | undefined;
  /** May an overriding amount be negative? Default: no, like every other input amount. */
  readonly negativeAllowed?: boolean;
}

/**
 * Checks the overrides of an input (`overstyringer`, docs/engine.md §5) against the rule
 * set's `skjønn`: each names a `skjønn` of the rule set, at most once; gives a reason that is
 * not blank; and has a value of the `skjønn`'s type (an amount as a number or decimal
 * string with at most two decimals, a date as `ÅÅÅÅ-MM-DD`, …). Returns the violations
 * (`LK7006`), with paths such as `/overstyringer/0/navn`; never throws.
 *
 * The input schema already checks the shape of each override; this check is meant to run
 * after it, but reads anything it is given. `checkers` compiles the value checkers (and keeps
 * them, when the compiled rule set owns it); its entry module decides which members an
 * enumeration has (a variant's `utvid valg`).
 */
export function checkOverrides(
  overrides: readonly unknown[] | undefined,
  discretion: ReadonlyMap<string, DiscretionInfo>,
  checkers: OverrideCheckers = new OverrideCheckers(undefined),
): InputViolation[] {
  const valueChecker = (info: DiscretionInfo) => checkers.of(info);
  const violations: InputViolation[] = [];
  const add = (path: string, message: string): void => {
    violations.push({ path: `/${OVERRIDES_PROPERTY}${path}`, message });
  };
  try {
    if (overrides === undefined) return violations;
    if (!Array.isArray(overrides)) {
      add('', expected('en liste med overstyringer', overrides));
      return violations;
    }
    if (overrides.length > MAX_OVERRIDES) add('', listTooLong(overrides.length, MAX_OVERRIDES));
    const first = new Map<string, number>();
    const end = Math.min(overrides.length, MAX_OVERRIDES);
    for (let i = 0; i < end; i++) {
      const entry: unknown = overrides[i];
      if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
        add(`/${i}`, expected('en overstyring (et objekt med navn, verdi og begrunnelse)', entry));
        continue;
      }
      const { navn: name, verdi: value, begrunnelse: reason, for: args } = entry as { navn?: unknown; verdi?: unknown; begrunnelse?: unknown; for?: unknown };

      let target: DiscretionInfo | undefined;
      if (name === undefined) add(`/${i}/navn`, missingField('navn'));
      else if (typeof name !== 'string') add(`/${i}/navn`, expected('navnet på et skjønn', name));
      else if (name.trim() === '') add(`/${i}/navn`, emptyField('navn'));
      else if (!discretion.has(name)) add(`/${i}/navn`, unknownDiscretion(name, discretion));
      else target = discretion.get(name);

      // The same `skjønn` overridden twice for the whole case; twice for the same element is found
      // by `evaluate`, which reads the elements as the rules do (defaults, amounts as values).
      if (target && checkArguments(target, args, i, add, violations, valueChecker) && args === undefined) {
        if (first.has(name as string)) add(`/${i}/navn`, `Skjønnet ${quote(name as string)} er allerede overstyrt i /${OVERRIDES_PROPERTY}/${first.get(name as string)}`);
        else first.set(name as string, i);
      }

      if (value === undefined) add(`/${i}/verdi`, missingField('verdi'));
      else if (target) violations.push(...valueChecker(target)(value, `/${OVERRIDES_PROPERTY}/${i}/verdi`));

      if (reason === undefined) add(`/${i}/begrunnelse`, missingField('begrunnelse'));
      else if (typeof reason !== 'string') add(`/${i}/begrunnelse`, expected('en tekst', reason));
      else if (reason.trim() === '') add(`/${i}/begrunnelse`, emptyField('begrunnelse'));
      else if (reason.length > MAX_TEXT_LENGTH) add(`/${i}/begrunnelse`, textTooLong(reason.length, MAX_TEXT_LENGTH));
    }
  } catch {
    // An entry whose fields cannot be read (a throwing getter or proxy): not JSON.
    add('', 'Overstyringene kan ikke leses som JSON');
  }
  return violations;
}

/** Does an override give the arguments its `skjønn` is assessed for (`for`), each of its parameter's type? */
function checkArguments(
  target: DiscretionInfo,
  args: unknown,
  i: number,
  add: (path: string, message: string) => void,
  violations: InputViolation[],
  valueChecker: (info: DiscretionInfo) => Checker,
): boolean {
  const params = target.params;
  if (!params) {
    if (args === undefined) return true;
    add(`/${i}/for`, 'Skjønnet vurderes for hele saken; en overstyring av det har ingen «for»');
    return false;
  }
  if (args === undefined) {
    add(`/${i}/for`, `Skjønnet vurderes for hvert element; «for» må gi ${params.length === 1 ? 'elementet' : `${params.length} argumenter`} overstyringen gjelder`);
    return false;
  }
  if (!Array.isArray(args) || args.length !== params.length) {
    add(`/${i}/for`, expected(`en liste med ${params.length} argument${params.length === 1 ? '' : 'er'}`, args));
    return false;
  }
  const before = violations.length;
  params.forEach((param, k) => violations.push(...valueChecker(argumentInfo(param))(args[k], `/${OVERRIDES_PROPERTY}/${i}/for/${k}`)));
  return violations.length === before;
}

/** How an argument of a per-element override (`for`) is checked: as a value of its parameter's type, an amount of either sign. */
function argumentInfo(param: { readonly type: Type }): DiscretionInfo {
  return { type: param.type, negativeAllowed: true };
}

function unknownDiscretion(name: string, discretion: ReadonlyMap<string, DiscretionInfo>): string {
  const names = [...discretion.keys()];
  if (names.length === 0) return `Ukjent skjønn ${quote(name)}; regelsettet har ingen skjønn som kan overstyres`;
  return `Ukjent skjønn ${quote(name)}; skjønn som kan overstyres: ${names.join(', ')}`;
}

/**
 * The compiled checkers of override values, one per type of `skjønn` and sign: owned by a
 * compiled rule set, so each is looked up once per rule set and entry. Through a variant that
 * adds members to an enumeration (`entry`), the type has more values than elsewhere. `compile`
 * makes a checker of a value schema: by default anew, or from a holder that keeps them by
 * schema across checks (`InputValidators.checker`, the editor's worker).
 */
export class OverrideCheckers {
  private readonly signed = new Map<Type, Checker>();
  private readonly unsigned = new Map<Type, Checker>();
  private readonly extended: boolean;

  constructor(
    private readonly entry: ModuleInfo | undefined,
    private readonly compile: (schema: JsonSchema) => Checker = compileChecker,
  ) {
    this.extended = entry !== undefined && extendingModules(entry).length > 0;
  }

  /** Makes every checker `checkOverrides` may ask for the overrides of `discretion` (`lovkode build` prints them). */
  all(discretion: ReadonlyMap<string, DiscretionInfo>): void {
    for (const info of discretion.values()) {
      this.of(info);
      for (const param of info.params ?? []) this.of(argumentInfo(param));
    }
  }

  of(info: DiscretionInfo): Checker {
    const negativeAllowed = info.negativeAllowed === true;
    const cache = negativeAllowed ? this.signed : this.unsigned;
    let checker = cache.get(info.type);
    if (!checker) {
      const options = this.extended && this.entry ? { negativeAllowed, entry: this.entry } : { negativeAllowed };
      cache.set(info.type, (checker = this.compile(valueSchema(info.type, options))));
    }
    return checker;
  }
}
