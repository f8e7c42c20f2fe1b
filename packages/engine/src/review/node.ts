/** The review with Node: sides from directories and git revisions, and worker threads. */
export * from './index';
export { resolveSide, SideError, variantFolders, type ResolveOptions } from './sides';
export { autoWorkers, diffRuleSetsParallel, parallelThreshold } from './parallel';
