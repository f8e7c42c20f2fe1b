import type { DiagnosticCode } from '@lovkode/dsl';

/** Where in the rules something is (for error messages and the trace). */
export interface RuleLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * An evaluation that cannot give a result for a case: no definition applies, a conflict,
 * an unknown table period, a division by zero (docs/engine.md §9). Never a partial result.
 */
export class EvaluationError extends Error {
  constructor(
    readonly code: DiagnosticCode,
    message: string,
    readonly locations: readonly RuleLocation[] = [],
  ) {
    super(message);
    this.name = 'EvaluationError';
  }

  toJSON(): { code: DiagnosticCode; message: string; locations: readonly RuleLocation[] } {
    return { code: this.code, message: this.message, locations: this.locations };
  }
}

/** One way an input fails its schema, at a JSON path such as `/barn/0/fødselsdato`. */
export interface InputViolation {
  readonly path: string;
  readonly message: string;
}

/** The input does not match the rule set's input schema; lists every violation. */
export class InputError extends EvaluationError {
  constructor(
    code: 'LK7005' | 'LK7006' | 'LK7007' | 'LK7009',
    readonly violations: readonly InputViolation[],
  ) {
    super(code, `Ugyldig inndata: ${violations.map((v) => `${v.path || '/'}: ${v.message}`).join('; ')}`);
    this.name = 'InputError';
  }

  override toJSON(): { code: DiagnosticCode; message: string; locations: readonly RuleLocation[]; violations: readonly InputViolation[] } {
    return { ...super.toJSON(), violations: this.violations };
  }
}
