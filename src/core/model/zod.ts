import { config } from 'zod';

/**
 * zod, set up once for every schema of the add-in: without just-in-time compiled parsers.
 * zod otherwise probes for `new Function`, which the pages' Content-Security-Policy forbids
 * (the probe is caught, but the browser still reports a violation); the schemas here parse
 * small settings and config objects, where compiling gains nothing.
 *
 * Every schema module imports this module for its effect, first, and then `z` from 'zod' itself.
 * `z` is not re-exported from here: passed on through a module of ours, webpack can no longer see
 * which of zod's exports are used and bundles all of them (its locales, JSON Schema conversion…),
 * 235 KB of minified JavaScript in every page.
 */
config({ jitless: true });
