/** The version of lovkode (this package's), as `lovkode --version` and SARIF reports give it. */
import manifest from '../package.json' with { type: 'json' };

export const version: string = manifest.version;
