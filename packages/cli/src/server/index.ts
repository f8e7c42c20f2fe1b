/** The HTTP service of Lovkode (`lovkode serve`, docs/http.md). */
export { createServer, defaults, type ServerOptions } from './app.js';
export type { ServiceLimits } from './limits.js';
export { RulesetRegistry, RulesetVersion, RULESET_HEADER, type RulesetInput } from './rulesets.js';
export { parseRulesetSpec, type RulesetSpec } from './sources.js';
export { readGitRuleFiles } from '../files/git.js';
export { openApiDocument } from './openapi.js';
export { describeRules, type RulesDescription } from './describe.js';
export { PROBLEM_BASE, PROBLEM_CONTENT_TYPE, problemKinds, type Problem, type ProblemKind } from './problem.js';
export { TIMEOUT_CODE, CANCELLED_CODE } from './evaluation.js';
export type { LogOptions } from './logging.js';
