/**
 * Code made from a string (`new Function`: the generated functions of the rules, ajv's
 * validators), refused clearly where the JavaScript engine forbids it: `node
 * --disallow-code-generation-from-strings`, a page whose Content-Security-Policy has no
 * `'unsafe-eval'`. There an evaluation runs only on what is made beforehand (a module `lovkode
 * build` wrote prints it, docs/engine.md §11); what it did not make is refused with this error.
 * `what` names it; as a function, it is only called for the error (naming a generated
 * function reads its source).
 */
export function generatedFrom<T>(what: string | (() => string), make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
    throw new Error(
      `${typeof what === 'string' ? what : what()} kan ikke lages her: JavaScript-motoren tillater ikke kode laget fra tekst, og den er ikke laget på forhånd (en modul fra «lovkode build» har bare det beregningen av utdataene trenger, se docs/engine.md §11)`,
      { cause: error },
    );
  }
}
