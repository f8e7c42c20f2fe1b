/** The HTTP service of Lovkode (`lovkode serve`, docs/http.md). */
export { createServer, defaults, type ServerOptions } from './app';
export type { ServiceLimits } from './limits';
export { RulesetRegistry, RulesetVersion, RULESET_HEADER, type RulesetInput } from './rulesets';
export { parseRulesetSpec, type RulesetSpec } from './sources';
export { readGitRuleFiles } from '../files/git';
export { openApiDocument } from './openapi';
export { describeRules, type RulesDescription } from './describe';
export { PROBLEM_BASE, PROBLEM_CONTENT_TYPE, problemKinds, type Problem, type ProblemKind } from './problem';
export { TIMEOUT_CODE, CANCELLED_CODE } from './evaluation';
export type { LogOptions } from './logging';
