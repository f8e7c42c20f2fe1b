/**
 * `@lovkode/cli/files` — Node-only reading and writing of users' rule files, shared by
 * the CLI, the review and the editor's file server.
 */
export { writeFileAtomic } from './atomic-write';
export { decodeRuleBytes, readRuleFileText, UnreadableRuleFile } from './rule-file';
export { readGitRuleFiles } from './git';
