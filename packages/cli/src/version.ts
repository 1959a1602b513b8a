import pkg from '../package.json';

/** The version of the backofficer package, for `backofficer --version`. */
export const version: string = pkg.version;
