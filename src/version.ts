import manifest from '../package.json' with { type: 'json' };

/** This tool's version, from package.json: the CLI's --version, the action's log and reports. */
export const VERSION: string = manifest.version;
