/** The version of lovkode (the engine package's), as `lovkode --version` and SARIF reports give it. */
import engine from '../package.json' with { type: 'json' };

export const version: string = engine.version;
