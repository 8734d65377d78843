/** The running release, taken from package.json at bundle time so it can never drift. */
import packageJson from '../package.json' with { type: 'json' };

export const version: string = packageJson.version;
