// Evaluates cases with a module `lovkode build` wrote, on plain Node, and writes one JSON line
// per case: the result, or the error (its class, code, message, locations, violations). Then
// one line that names the generated functions made with `new Function` (rather than taken
// from those printed in the module), and counts those made for cases without trace.
//
//   node evaluate-built.mjs <module.mjs> <cases.json>
//
// cases.json: [{ "input": …, "options": … } | { "household": [seed, index], "options": … }]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const NativeFunction = globalThis.Function;
const made = [];
globalThis.Function = new Proxy(NativeFunction, {
  construct(target, args, newTarget) {
    if (args[0] === 'rt' && args[1] === 'K') made.push(/return function (\S+)\(/.exec(args[2])?.[1]);
    return Reflect.construct(target, args, newTarget === globalThis.Function ? target : newTarget);
  },
});

const [modulePath, casesPath] = process.argv.slice(2);
const built = await import(pathToFileURL(modulePath).href);
const population = await import(new URL('../../../../rules/befolkning.mjs', import.meta.url).href);
const cases = JSON.parse(readFileSync(casesPath, 'utf8'));
const lines = [];
// Generated functions made with `new Function` while evaluating cases without trace.
let madeWithoutTrace = 0;
for (const { input, household, options } of cases) {
  const given = household ? population.household(household[0], household[1], population.defaultPeriod) : input;
  const before = made.length;
  try {
    lines.push(JSON.stringify(built.evaluate(given, options)));
  } catch (error) {
    lines.push(JSON.stringify({ thrown: error.constructor.name, ...(typeof error.toJSON === 'function' ? error.toJSON() : { message: String(error) }) }));
  }
  if (!options?.trace) madeWithoutTrace += made.length - before;
}
lines.push(JSON.stringify({ ruleset: built.ruleset, module: built.module, madeWithNewFunction: made, madeWithoutTrace }));
process.stdout.write(`${lines.join('\n')}\n`);
