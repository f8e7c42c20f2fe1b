/**
 * `@lovkode/cli/files` — Node-only reading and writing of users' rule files, shared by
 * the CLI, the review and the editor's file server.
 */
export { writeFileAtomic } from './atomic-write.js';
export { decodeRuleBytes, readRuleFileText, UnreadableRuleFile } from './rule-file.js';
export { readGitRuleFiles } from './git.js';
